import { describe, expect, it } from 'vitest';
import type { PagefindHit, PagefindSearch } from './search-types.ts';
import { wordRarity } from './word-rarity.ts';

/** An index of `total` articles, `pages[term]` of them holding each term; records what is asked. */
function fakeIndex(total: number, pages: Record<string, number | null>) {
	const searched: Array<string | null> = [];
	let fragmentsLoaded = 0;
	const hits = (count: number): PagefindHit[] =>
		Array.from({ length: count }, (_, i) => ({
			id: `page-${i}`,
			score: 1,
			data: () => {
				fragmentsLoaded++;
				return Promise.reject(new Error('counting needs no fragment'));
			},
		}));
	const pagefind: PagefindSearch = {
		async search(term) {
			searched.push(term);
			if (term === null) return { results: hits(total) };
			const count = pages[term];
			return count === null ? null : { results: hits(count ?? 0) };
		},
	};
	return { pagefind, searched, fragmentsLoaded: () => fragmentsLoaded };
}

describe('word rarity', () => {
	it('counts the articles holding each found word, out of all articles, without loading any result', async () => {
		const index = fakeIndex(28, { iade: 22, mayo: 1 });
		const rarity = await wordRarity(index.pagefind, [
			{ word: 'mayo', spelling: 'mayo' },
			{ word: 'iade', spelling: 'iade' },
		]);
		expect(rarity).toEqual({
			total: 28,
			pages: new Map([
				['mayo', 1],
				['iade', 22],
			]),
		});
		expect(index.fragmentsLoaded()).toBe(0);
	});

	it('looks a corrected word up by its spelling, once per spelling, and never looks up a word no article has', async () => {
		const index = fakeIndex(28, { kargom: 3, kargo: 9 });
		const rarity = await wordRarity(index.pagefind, [
			{ word: 'kragom', spelling: 'kargom' },
			{ word: 'kargom', spelling: 'kargom' },
			{ word: 'kripto', spelling: null },
		]);
		expect(rarity.pages).toEqual(new Map([['kargom', 3]]));
		expect(index.searched.filter((term) => term !== null)).toEqual(['kargom']);
	});

	it('counts zero articles for a word Pagefind answers with nothing', async () => {
		const index = fakeIndex(28, { yok: null });
		expect((await wordRarity(index.pagefind, [{ word: 'yok', spelling: 'yok' }])).pages.get('yok')).toBe(0);
	});

	it('asks each index for its article count once, however many searches follow, even at the same time', async () => {
		const turkish = fakeIndex(28, { iade: 22, kargo: 9 });
		const english = fakeIndex(31, { refund: 12 });
		const [first, second] = await Promise.all([
			wordRarity(turkish.pagefind, [{ word: 'iade', spelling: 'iade' }]),
			wordRarity(turkish.pagefind, [{ word: 'kargo', spelling: 'kargo' }]),
		]);
		const later = await wordRarity(turkish.pagefind, [{ word: 'iade', spelling: 'iade' }]);
		const other = await wordRarity(english.pagefind, [{ word: 'refund', spelling: 'refund' }]);
		expect([first.total, second.total, later.total, other.total]).toEqual([28, 28, 28, 31]);
		expect(turkish.searched.filter((term) => term === null)).toHaveLength(1);
		expect(english.searched.filter((term) => term === null)).toHaveLength(1);
	});

	it("takes the article count from Pagefind's entry file where it is known, and lists the pages where not", async () => {
		const known = fakeIndex(28, { iade: 22 });
		expect((await wordRarity({ ...known.pagefind, pageCount: async () => 1000 }, [{ word: 'iade', spelling: 'iade' }])).total).toBe(1000);
		expect(known.searched).toEqual(['iade']);
		const unknown = fakeIndex(28, { iade: 22 });
		expect((await wordRarity({ ...unknown.pagefind, pageCount: async () => undefined }, [{ word: 'iade', spelling: 'iade' }])).total).toBe(28);
		expect(unknown.searched).toContain(null);
	});
});
