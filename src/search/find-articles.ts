import { normalizeQuery } from './normalize-query.ts';
import { rankHits } from './rank-hits.ts';
import { stopWordsFor } from './stop-words.ts';
import { typoVariants } from './typo-variants.ts';
import { matchesQueryWord } from './word-match.ts';
import { wordRarity, type WordRarity } from './word-rarity.ts';
import type { PagefindHit, PagefindResultData, PagefindSearch, QueryWord, RankedHit } from './search-types.ts';

/** Results a search box shows first (the dropdown, the top of the search page); their fragments are fetched at once. */
export const FIRST_RESULTS = 5;

/**
 * Results re-ranked by how well they answer (rank-hits.ts), from their fragments: the five shown
 * first, whose fragments are fetched anyway (Pagefind caches them), so ranking downloads nothing
 * more. On the sample, the right article is always among them (recall@3 is 100 %).
 */
const RERANKED = FIRST_RESULTS;

/** Fewer complete matches than this, and pages with only some of the words are added. */
const FEW_RESULTS = 3;

/** Shorter words ("x", "1") are not looked up alone: they match too much to mean anything. */
const MIN_WORD_ALONE = 2;

export interface FoundArticles {
	hits: RankedHit[];
	/** The words the ranking looked up (question words left out unless there is nothing else). */
	words: QueryWord[];
	/** How rare each found word is (word-rarity.ts), as the ranking weighed it; empty when nothing was found. */
	rarity: WordRarity;
}

/** The rarity of words nothing was found for: nobody weighs them. */
export const NO_RARITY: WordRarity = { total: 0, pages: new Map() };

/**
 * Ranks articles for what a customer typed. Pagefind only finds pages holding every word it
 * knows, and stems unknown words into fragments that match anything, so each meaningful word
 * (question words left out) is first looked up alone: a word whose hits do not really contain it
 * is tried with one typo corrected, or else left out. Pages with every remaining word come first,
 * by Pagefind's score; then pages with some of them, by how many. So `siparisim nerede`,
 * `kragom gelmedi` and `iade ödeme` all find their article. The first results are then put in the
 * order that answers best (rank-hits.ts): "İade nasıl yapılır?" first for `iade nasil yapilir`.
 */
export async function findArticles(
	pagefind: PagefindSearch,
	input: string,
	locale: string,
	options: { filters?: Record<string, string[]>; signal?: AbortSignal } = {},
): Promise<FoundArticles> {
	const query = normalizeQuery(input, locale);
	if (!query) return { hits: [], words: [], rarity: NO_RARITY };
	const { signal } = options;
	// A query the customer has typed past asks Pagefind nothing more: each step checks first.
	const run = async (term: string) => {
		signal?.throwIfAborted();
		const found = await pagefind.search(term, options.filters ? { filters: options.filters } : {});
		signal?.throwIfAborted();
		return found?.results ?? [];
	};
	const words = [...new Set(query.split(' '))];
	const stops = stopWordsFor(locale);
	const meaningful = words.filter((word) => !stops.has(word) && [...word].length >= MIN_WORD_ALONE);
	const keys = meaningful.length ? meaningful : words;

	// Usually every word is in the index as typed: one search, checked on its best hit (whose
	// fragment is shown anyway), is then enough.
	const direct = await run(keys.join(' '));
	if (direct.length >= (keys.length === 1 ? 1 : FEW_RESULTS)) {
		// The first results are about to be shown: load them together (Pagefind caches them).
		const [best] = await Promise.all(direct.slice(0, FIRST_RESULTS).map((hit) => hit.data()));
		signal?.throwIfAborted();
		if (keys.every((word) => containsWord(best!, word))) {
			const found = keys.map((word) => ({ word, spelling: word }));
			return inAnsweringOrder(
				pagefind,
				direct.map((hit) => ({ hit, complete: true, matchedWords: keys.length, score: hit.score })),
				found,
				words,
				locale,
			);
		}
	}

	// Each key word with its hits, spelled as found: corrected when its own hits do not really
	// contain it, null when no spelling is really in the index.
	const lookups = await Promise.all(
		keys.map(async (word) => {
			const hits = await run(word);
			if (hits.length && (await matchesWord(hits, word))) return { spelling: word, hits };
			for (const variant of typoVariants(word)) {
				const found = await run(variant);
				if (found.length && (await matchesWord(found, variant))) return { spelling: variant, hits: found };
			}
			// Nothing really contains it: leave it out rather than show what a stem fragment matched.
			return { spelling: null, hits: [] as PagefindHit[] };
		}),
	);
	const spellings = new Map(keys.map((word, i) => [word, lookups[i]!.spelling]));
	// Question words stay out: Pagefind would require them, and rank by them, when a page has them.
	const wholeQuery = keys.flatMap((word) => spellings.get(word) ?? []).join(' ');
	const single = lookups.length === 1 && lookups[0]!.spelling === wholeQuery;
	const whole = single ? lookups[0]!.hits : wholeQuery ? await run(wholeQuery) : [];

	const ranked = new Map<string, RankedHit>();
	for (const { hits } of lookups) {
		for (const hit of hits) {
			const known = ranked.get(hit.id);
			if (known) {
				known.matchedWords++;
				known.score += hit.score;
			} else ranked.set(hit.id, { hit, complete: false, matchedWords: 1, score: hit.score });
		}
	}
	for (const hit of whole) {
		const known = ranked.get(hit.id);
		ranked.set(hit.id, { hit, complete: true, matchedWords: known?.matchedWords ?? 0, score: hit.score });
	}
	const hits = [...ranked.values()].sort((a, b) => Number(b.complete) - Number(a.complete) || b.matchedWords - a.matchedWords || b.score - a.score);
	const found = keys.map((word) => ({ word, spelling: spellings.get(word) ?? null }));
	return inAnsweringOrder(pagefind, hits, found, words, locale);
}

/**
 * The first results in the order that answers best (rank-hits.ts), the rest as they were, with the
 * words' rarity the ranking weighed (answer strength weighs the same).
 */
async function inAnsweringOrder(pagefind: PagefindSearch, hits: RankedHit[], words: QueryWord[], typed: string[], locale: string): Promise<FoundArticles> {
	if (!hits.length) return { hits, words, rarity: NO_RARITY };
	const head = hits.slice(0, RERANKED);
	const [data, rarity] = await Promise.all([Promise.all(head.map(({ hit }) => hit.data())), wordRarity(pagefind, words)]);
	if (head.length < 2) return { hits, words, rarity };
	const candidates = head.map((ranked, index) => ({ ranked, data: data[index]! }));
	return { hits: [...rankHits(candidates, words, rarity, typed, locale), ...hits.slice(RERANKED)], words, rarity };
}

/** Whether one of the first hits really contains the word (see word-match.ts). */
async function matchesWord(hits: PagefindHit[], queryWord: string): Promise<boolean> {
	for (const hit of hits.slice(0, 3)) if (containsWord(await hit.data(), queryWord)) return true;
	return false;
}

function containsWord(data: PagefindResultData, queryWord: string): boolean {
	const words = data.content.split(/\s+/);
	return data.locations.some((location) => matchesQueryWord(words[location] ?? '', queryWord));
}
