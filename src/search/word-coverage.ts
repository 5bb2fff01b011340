import type { PagefindResultData, QueryWord } from './search-types.ts';
import type { WordRarity } from './word-rarity.ts';
import { stripSuffixes } from './strip-suffixes.ts';
import { comparableWord, sameWord } from './word-match.ts';

/** Words of one sentence count as together when this many words apart or fewer. */
const SPAN = 4;
/**
 * How much a result covers one word: where the result is about it (title, headings, keywords,
 * description), together with another word of the query in one sentence, or only in its text,
 * more for a word that runs through the text than for a word said once.
 */
export const COVERAGE = { prominent: 1, together: 0.85, mentionedMax: 0.6, mentionedBase: 0.25, perMention: 0.12 };
/** A word that ends with one of these ends its sentence. */
const SENTENCE_END = /[.!?:;…]["'”’)]*$/u;
/** A word no article has weighs as if half an article had it: the rarest of all. */
const MISSING_PAGES = 0.5;

/** How one result covers one word of the query, and where the result is about it. */
export interface WordCoverage {
	/** 0 (absent) to 1 (prominent), see `COVERAGE`. */
	value: number;
	inTitle: boolean;
	/** In one of the article's headings (its sections and questions). */
	inHeading: boolean;
	/** In the keywords writers add for the words customers use. */
	inKeywords: boolean;
}

/**
 * How much each word weighs: its rarity (inverse document frequency, dampened), so that in a small
 * help center a rare word said in passing does not outweigh the topic in the title (in a large one,
 * rarer words weigh more, as they should).
 */
export function rarityWeights(words: readonly QueryWord[], rarity: WordRarity): number[] {
	const total = Math.max(rarity.total, 1);
	return words.map(({ spelling }) =>
		Math.sqrt(Math.log(1 + total / Math.max(spelling === null ? MISSING_PAGES : (rarity.pages.get(spelling) ?? 1), MISSING_PAGES))),
	);
}

/** The form of a query word that article words are compared with. */
export interface QueryWordForm {
	comparable: string;
	stem: string;
}

export function queryWordOf(spelling: string, locale: string): QueryWordForm {
	const comparable = comparableWord(spelling);
	return { comparable, stem: stripSuffixes(comparable, locale) };
}

/**
 * Whether an article word is the query word: the prefix match search uses (word-match.ts), and
 * stems that agree, one the start of the other. Pagefind's prefixes let `ogrenci` (student) find
 * `öğrenebilirsiniz` (you can learn); their stems, `ogrenc` and `ogrenebilirs`, part ways.
 */
export function agrees(articleWord: string, word: QueryWordForm, locale: string): boolean {
	const comparable = comparableOf(articleWord);
	if (!sameWord(comparable, word.comparable)) return false;
	const stem = stripSuffixes(comparable, locale);
	return stem.startsWith(word.stem) || word.stem.startsWith(stem);
}

/** Articles repeat their words, and each is compared with every query word: made comparable once. */
const comparables = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

export function comparableOf(articleWord: string): string {
	let comparable = comparables.get(articleWord);
	if (comparable === undefined) {
		if (comparables.size >= MAX_REMEMBERED) comparables.clear();
		comparables.set(articleWord, (comparable = comparableWord(articleWord)));
	}
	return comparable;
}

/** How much the result covers each word of the query (0 for a word no article has). */
export function coverageOf(result: PagefindResultData, words: readonly QueryWord[], locale: string): WordCoverage[] {
	const wanted = words.map(({ spelling }) => (spelling === null ? null : queryWordOf(spelling, locale)));
	const text = result.content.split(/\s+/);
	const sentenceOf = sentenceNumbers(text);
	const matches: Match[] = [];
	text.forEach((word, location) => {
		const index = wanted.findIndex((form) => form !== null && agrees(word, form, locale));
		if (index >= 0) matches.push({ word: index, location, sentence: sentenceOf[location]! });
	});
	const wordsOf = (...parts: Array<string | undefined>) => parts.flatMap((part) => (part ?? '').split(/\s+/));
	const title = wordsOf(result.meta.title);
	const headings = wordsOf(...(result.anchors ?? []).map((anchor) => anchor.text));
	const keywords = wordsOf(result.meta.keywords);
	const description = wordsOf(result.meta.description);
	const none: WordCoverage = { value: 0, inTitle: false, inHeading: false, inKeywords: false };
	return wanted.map((form, word) => {
		if (form === null) return none;
		const own = matches.filter((match) => match.word === word);
		if (own.length === 0) return none;
		const has = (part: string[]) => part.some((articleWord) => agrees(articleWord, form, locale));
		const place = { inTitle: has(title), inHeading: has(headings), inKeywords: has(keywords) };
		// Where the article is about something: its title, headings, keywords and description.
		if (place.inTitle || place.inHeading || place.inKeywords || has(description)) return { value: COVERAGE.prominent, ...place };
		const near = (match: Match) =>
			matches.some((other) => other.word !== word && other.sentence === match.sentence && Math.abs(other.location - match.location) <= SPAN);
		const value = own.some(near) ? COVERAGE.together : Math.min(COVERAGE.mentionedMax, COVERAGE.mentionedBase + COVERAGE.perMention * own.length);
		return { value, ...place };
	});
}

interface Match {
	word: number;
	location: number;
	sentence: number;
}

function sentenceNumbers(words: string[]): number[] {
	let sentence = 0;
	return words.map((word) => (SENTENCE_END.test(word) ? sentence++ : sentence));
}
