import type { PagefindSearch, QueryWord } from './search-types.ts';

/** How many articles of the language hold each word found, out of how many articles there are. */
export interface WordRarity {
	total: number;
	/** Articles holding the word, by spelling; a word no article has is not in the map. */
	pages: Map<string, number>;
}

const totals = new WeakMap<PagefindSearch, Promise<number>>();

/**
 * Counts the articles holding each found word, so that answer strength can weigh a rare word
 * (`mayo`, in one article) above a common one (`iade`, in most of them). One search per word on
 * the index already loaded, without fetching any result; the article count once per language.
 */
export async function wordRarity(pagefind: PagefindSearch, words: readonly QueryWord[]): Promise<WordRarity> {
	let total = totals.get(pagefind);
	// Pagefind's entry file knows; else searching for null lists every page (a filter-only search).
	if (!total) {
		const listed = () => pagefind.search(null).then((found) => found?.results.length ?? 0);
		totals.set(pagefind, (total = pagefind.pageCount ? pagefind.pageCount().then((count) => count ?? listed()) : listed()));
		total.catch(() => totals.delete(pagefind)); // asked again next time, not failed for good
	}
	const spellings = [...new Set(words.flatMap(({ spelling }) => spelling ?? []))];
	const counts = await Promise.all(spellings.map(async (spelling) => (await pagefind.search(spelling))?.results.length ?? 0));
	return { total: await total, pages: new Map(spellings.map((spelling, i) => [spelling, counts[i]!])) };
}
