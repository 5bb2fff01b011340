import type { PagefindResultData, QueryWord, RankedHit } from './search-types.ts';
import { agrees, comparableOf, COVERAGE, coverageOf, queryWordOf, rarityWeights, type QueryWordForm } from './word-coverage.ts';
import { stripSuffixes } from './strip-suffixes.ts';
import { comparableWord } from './word-match.ts';
import type { WordRarity } from './word-rarity.ts';

/**
 * What puts an article first, added to how much of the query's weight it covers (0–1, see
 * word-coverage.ts; a word said in passing, not beside another word of the query, counts `text`
 * of its coverage, so "Destek talebinde bulunurken" beats a title holding only `destek`): the
 * query's words in its title (`title`), written there as typed (`form`: `iade`, not `iadem`), or
 * in its keywords (`keywords`, the words customers use); a title, keyword or heading that is the
 * query's words (`exact`) or holds them one after another (`phrase`: in full for the query as
 * typed, `together` of it for its meaningful words alone); and Pagefind's own score, relative to
 * the best, to settle the rest. Each share is weighed by the words' rarity. Chosen on
 * tests/search-quality/*.json, where recall@1 stays at 98–100 % for title 0.3–0.4, keywords
 * 0.2–0.3 and text 0.5–0.8.
 */
export const WEIGHTS = { text: 0.7, title: 0.3, keywords: 0.3, form: 0.1, exact: 0.3, phrase: 0.3, together: 0.7, pagefind: 0.1 };

/** What each part adds to a result's score. */
export type ScoreParts = Record<'covered' | 'title' | 'keywords' | 'form' | 'exact' | 'phrase' | 'pagefind', number>;

/** A result with its fragment, as re-ranked. */
export interface Candidate {
	ranked: RankedHit;
	data: PagefindResultData;
}

/**
 * Orders results by how well each answers the query, from what Pagefind returned: which words each
 * covers and where (title, headings, keywords, together in a sentence), each word weighed by its
 * rarity, so a page holding the rare word in a heading comes before one sharing only common
 * words. Question and stop words are not among `words`; they count only as part of the whole
 * query (`typed`) found as written in a title, heading or keyword (`iade nasil yapilir` is the
 * title "İade nasıl yapılır?").
 */
export function rankHits(
	candidates: readonly Candidate[],
	words: readonly QueryWord[],
	rarity: WordRarity,
	typed: readonly string[],
	locale: string,
): RankedHit[] {
	const parts = scoreParts(candidates, words, rarity, typed, locale);
	const scored = candidates.map(({ ranked }, order) => ({ ranked, order, score: Object.values(parts[order]!).reduce((sum, part) => sum + part, 0) }));
	return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ ranked }) => ranked);
}

/** Each candidate's score, part by part (their sum ranks it), for `rankHits` and its tests. */
export function scoreParts(
	candidates: readonly Candidate[],
	words: readonly QueryWord[],
	rarity: WordRarity,
	typed: readonly string[],
	locale: string,
): ScoreParts[] {
	const weights = rarityWeights(words, rarity);
	const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
	const share = (flags: boolean[]) => flags.reduce((sum, flag, index) => sum + (flag ? weights[index]! : 0), 0) / weightSum;
	const topScore = Math.max(...candidates.map(({ ranked }) => ranked.score), Number.MIN_VALUE);
	const whole = typed.map((word) => queryWordOf(word, locale));
	const meaningful = typed.map((word) => words.some((query) => query.word === word && query.spelling !== null));
	const found = words.flatMap(({ spelling }) => (spelling === null ? [] : [queryWordOf(spelling, locale)]));
	return candidates.map(({ ranked, data }) => {
		const coverage = coverageOf(data, words, locale);
		const title = wordsOf(data.meta.title);
		const places = placesOf(data);
		return {
			covered: coverage.reduce((sum, { value }, index) => sum + (value < COVERAGE.together ? value * WEIGHTS.text : value) * weights[index]!, 0) / weightSum,
			title: WEIGHTS.title * share(coverage.map(({ inTitle }) => inTitle)),
			keywords: WEIGHTS.keywords * share(coverage.map(({ inKeywords }) => inKeywords)),
			form: WEIGHTS.form * share(words.map(({ spelling }) => spelling !== null && title.some((word) => comparableOf(word) === comparableWord(spelling)))),
			exact: WEIGHTS.exact * Number(found.length > 0 && places.some((place) => isExactly(place, found, locale))),
			phrase:
				WEIGHTS.phrase *
				Math.max(
					found.length > 1 && places.some((place) => holdsPhrase(place, found, locale)) ? WEIGHTS.together : 0,
					...places.map((place) => longestRun(place, whole, meaningful, locale) / whole.length),
				),
			pagefind: WEIGHTS.pagefind * (ranked.score / topScore),
		};
	});
}

function wordsOf(text: string | undefined): string[] {
	return (text ?? '').split(/[\s/-]+/).filter((word) => comparableOf(word) !== '');
}

/** The title, each keyword and each heading, as lists of words. */
function placesOf(data: PagefindResultData): string[][] {
	const keywords = (data.meta.keywords ?? '').split(',');
	const headings = (data.anchors ?? []).map((anchor) => anchor.text);
	return [data.meta.title, ...keywords, ...headings].map(wordsOf);
}

/** Whether the words of `place` hold the phrase's words one after another. */
function holdsPhrase(place: string[], phrase: QueryWordForm[], locale: string, same = agrees): boolean {
	for (let start = 0; start + phrase.length <= place.length; start++) {
		if (phrase.every((word, offset) => same(place[start + offset]!, word, locale))) return true;
	}
	return false;
}

/**
 * The most words of the query as typed that `place` holds one after another (`funktioniert nicht`
 * for `Artikel funktioniert nicht`), counted from two and only with a meaningful word among them:
 * stop words alone never decide.
 */
function longestRun(place: string[], typed: QueryWordForm[], meaningful: boolean[], locale: string): number {
	let longest = 0;
	for (let first = 0; first < typed.length; first++) {
		for (let start = 0; start < place.length; start++) {
			let length = 0;
			while (first + length < typed.length && start + length < place.length && agrees(place[start + length]!, typed[first + length]!, locale)) length++;
			if (length >= 2 && length > longest && meaningful.slice(first, first + length).includes(true)) longest = length;
		}
	}
	return longest;
}

/**
 * Whether `place` is the query's words and nothing else, each the same word and not only its start
 * (the keyword `retoure` for `Retoure`, not `retourenlabel`).
 */
function isExactly(place: string[], words: QueryWordForm[], locale: string): boolean {
	return (
		place.length === words.length && holdsPhrase(place, words, locale, (articleWord, word) => stripSuffixes(comparableOf(articleWord), locale) === word.stem)
	);
}
