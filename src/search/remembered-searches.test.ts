import { describe, expect, it } from 'vitest';
import type { PagefindSearch } from './search-types.ts';
import { rememberSearches } from './remembered-searches.ts';

/** A Pagefind that counts what it was asked, and fails the terms listed in `failing` once each. */
function countingPagefind(failing = new Set<string>()) {
	const asked: Array<string | null> = [];
	const pagefind: PagefindSearch = {
		async search(term) {
			asked.push(term);
			if (term !== null && failing.delete(term)) throw new Error('offline');
			return {
				results: [
					{ id: `page-for-${term}`, score: 1, data: async () => ({ url: `/${term}/`, content: '', locations: [], excerpt: '', meta: {}, sub_results: [] }) },
				],
			};
		},
	};
	return { pagefind, asked };
}

describe('rememberSearches', () => {
	it('asks Pagefind once for a term asked again, and apart for other filters', async () => {
		const { pagefind, asked } = countingPagefind();
		const remembered = rememberSearches(pagefind);
		const [first, again] = await Promise.all([remembered.search('iade'), remembered.search('iade')]);
		expect(again).toBe(first);
		await remembered.search('iade', { filters: { category: ['kargo'] } });
		await remembered.search(null);
		await remembered.search(null);
		expect(asked).toEqual(['iade', 'iade', null]);
	});

	it('asks again after a search that failed', async () => {
		const { pagefind, asked } = countingPagefind(new Set(['kargo']));
		const remembered = rememberSearches(pagefind);
		await expect(remembered.search('kargo')).rejects.toThrow('offline');
		expect((await remembered.search('kargo'))?.results[0]?.id).toBe('page-for-kargo');
		expect(asked).toEqual(['kargo', 'kargo']);
	});

	it('forgets the search used longest ago once it holds 64', async () => {
		const { pagefind, asked } = countingPagefind();
		const remembered = rememberSearches(pagefind);
		for (let i = 0; i < 64; i++) await remembered.search(`word${i}`);
		await remembered.search('word0'); // used again: now the most recent
		await remembered.search('word64'); // forgets word1
		asked.length = 0;
		await remembered.search('word0');
		await remembered.search('word1');
		expect(asked).toEqual(['word1']);
	});
});
