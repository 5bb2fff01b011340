import { normalizeQuery } from './normalize-query.ts';
import { stopWordsFor } from './stop-words.ts';
import { foldLetters } from './fold.ts';
import { typoVariants } from './typo-variants.ts';

/** The part of Pagefind's JS API the search uses. */
export interface PagefindSearch {
	search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindHit[] } | null>;
}
export interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string } | undefined;
	locations: number[];
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}

/** Shortest word searched on its own when the whole query finds too little. */
const MIN_WORD_ALONE = 3;

export interface RankedHit {
	hit: PagefindHit;
	/** How the hit was found: every word (3), every word that carries meaning (2), some words (1), a corrected typo (0). */
	tier: number;
	score: number;
}

/**
 * Pagefind finds pages that contain every word of a query. Customers type whole questions, so this
 * asks in steps and merges: the query as typed, then without question words, then word by word
 * (pages matching more words first), then with one typo corrected in words that found nothing.
 * A step only runs when the earlier ones found fewer than `enough` pages.
 */
export async function findArticles(pagefind: PagefindSearch, input: string, locale: string, options: { filters?: Record<string, string[]>; enough?: number } = {}): Promise<RankedHit[]> {
	const { filters, enough = 5 } = options;
	const query = normalizeQuery(input, locale);
	if (!query) return [];
	const ranked = new Map<string, RankedHit & { words: number }>();
	const run = async (term: string) => (await pagefind.search(term, filters ? { filters } : {}))?.results ?? [];
	const add = (hits: PagefindHit[], tier: number, words = 1) => {
		for (const hit of hits) {
			const known = ranked.get(hit.id);
			if (!known) ranked.set(hit.id, { hit, tier, score: hit.score, words });
			else if (known.tier === tier && tier === 1) {
				known.words += words;
				known.score += hit.score;
			}
		}
	};

	add(await run(query), 3);
	const words = query.split(' ');
	const stops = stopWordsFor(locale);
	const meaningful = words.filter((word) => !stops.has(word));
	if (ranked.size < enough && meaningful.length && meaningful.length < words.length) add(await run(meaningful.join(' ')), 2);

	const missing: string[] = [];
	if (ranked.size < enough && meaningful.length > 0) {
		// Alone, one- and two-letter fragments ("x", "1") match too much to mean anything.
		for (const word of meaningful.length > 1 ? meaningful.filter((w) => [...w].length >= MIN_WORD_ALONE) : []) {
			const hits = await run(word);
			if (hits.length === 0) missing.push(word);
			add(hits, 1);
		}
		if (meaningful.length === 1 && ranked.size === 0) missing.push(meaningful[0]!);
	}
	for (const word of missing) {
		for (const variant of typoVariants(word)) {
			const hits = await run(meaningful.map((w) => (w === word ? variant : w)).join(' '));
			const fallback = hits.length ? hits : meaningful.length > 1 ? await run(variant) : [];
			if (fallback.length && (await matchesWord(fallback[0]!, variant))) {
				add(fallback, 0);
				break;
			}
		}
	}
	return [...ranked.values()]
		.sort((a, b) => b.tier - a.tier || b.words - a.words || b.score - a.score)
		.map(({ hit, tier, score }) => ({ hit, tier, score }));
}

/**
 * Pagefind stems words, and stems of made-up words can be tiny ("argom" → "a"), matching almost
 * anything. A corrected spelling only counts when the hit marks a word that starts like it.
 */
async function matchesWord(hit: PagefindHit, variant: string): Promise<boolean> {
	const data = await hit.data();
	const fold = (text: string) => foldLetters(text.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '');
	const start = fold(variant).slice(0, 4);
	const excerpts = [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].join(' ');
	return [...excerpts.matchAll(/<mark>(.*?)<\/mark>/g)].some(([, word]) => fold(word ?? '').startsWith(start));
}
