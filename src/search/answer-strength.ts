import type { AnswerStrength } from '../analytics/events.ts';
import type { PagefindResultData, QueryWord } from './find-articles.ts';
import type { WordRarity } from './word-rarity.ts';
import { stripSuffixes } from './strip-suffixes.ts';
import { comparableWord, sameWord } from './word-match.ts';

/** Results a customer reads before deciding: only these can answer the query. */
const RESULTS_READ = 3;
/** Words of one sentence count as together when this many words apart or fewer. */
const SPAN = 4;
/**
 * How much a result covers one word: where the result is about it (title, headings, keywords,
 * description), together with another word of the query in one sentence, or only in its text,
 * more for a word that runs through the text than for a word said once.
 */
const COVERAGE = { prominent: 1, together: 0.85, mentionedMax: 0.6, mentionedBase: 0.25, perMention: 0.12 };
/** A word that ends with one of these ends its sentence. */
const SENTENCE_END = /[.!?:;…]["'”’)]*$/u;
/** Share of the query's weight a result must cover to answer it. */
const ANSWERS = 0.55;
/** A word no article has weighs as if half an article had it: the rarest of all. */
const MISSING_PAGES = 0.5;

export interface Strength {
	strength: AnswerStrength;
	/** Meaningful words the best result does not cover (the gap's words); all of them for `none`. */
	unmatched: string[];
}

/**
 * How well the shown results answer a query, from what the search already knows: which meaningful
 * words were found (`words`: a spelling, or null when no article has the word, which makes the
 * answer partial whatever else is found), how rare each is
 * (`rarity`), and where the first results hold them. Each word weighs its rarity (inverse document
 * frequency, dampened), so `mayo` in the one article listing swimwear counts more than `iade`, found
 * almost everywhere. A result answers when it covers most of that weight (`COVERAGE`, `ANSWERS`).
 * The weights were chosen on tests/search-quality/gaps-*.json, where results change little
 * around them; there 73–77 % of uncovered needs come out partial or none and 11–21 % of covered
 * ones partial, most of those for a word no article has.
 * `kampanya kodu` finds "doğrulama kodunu girin. Kampanya e-postaları…": both words said in
 * passing, apart, which is no answer.
 */
export function answerStrength(words: readonly QueryWord[], results: readonly PagefindResultData[], rarity: WordRarity, locale: string): Strength {
	if (results.length === 0 || words.length === 0) return { strength: 'none', unmatched: words.map(({ word }) => word) };
	const total = Math.max(rarity.total, 1);
	// Rarity, dampened, so that in a small help center a rare word said in passing does not outweigh
	// the topic in the title (in a large one, rarer words weigh more, as they should).
	const weights = words.map(({ spelling }) => Math.sqrt(Math.log(1 + total / Math.max(spelling === null ? MISSING_PAGES : (rarity.pages.get(spelling) ?? 1), MISSING_PAGES))));
	const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
	let best: number[] = [];
	let bestScore = -1;
	for (const result of results.slice(0, RESULTS_READ)) {
		const coverage = coverageOf(result, words, locale);
		const score = coverage.reduce((sum, covered, index) => sum + covered * weights[index]!, 0) / weightSum;
		if (score > bestScore) [best, bestScore] = [coverage, score];
	}
	const unmatched = words.filter((_, index) => best[index]! < COVERAGE.mentionedMax).map(({ word }) => word);
	// A word in no article means no article answers the whole question, however well the rest is.
	const missing = words.some(({ spelling }) => spelling === null);
	return bestScore >= ANSWERS && !missing ? { strength: 'full', unmatched: [] } : { strength: 'partial', unmatched: unmatched.length ? unmatched : words.map(({ word }) => word) };
}

/** How much the result covers each word of the query (0 for a word no article has). */
function coverageOf(result: PagefindResultData, words: readonly QueryWord[], locale: string): number[] {
	const wanted = words.map(({ spelling }) => (spelling === null ? null : queryWordOf(spelling, locale)));
	const isWord = (articleWord: string, word: QueryWordForm) => agrees(comparableWord(articleWord), word, locale);
	const text = result.content.split(/\s+/);
	const sentenceOf = sentenceNumbers(text);
	const matches: Match[] = [];
	text.forEach((word, location) => {
		const index = wanted.findIndex((form) => form !== null && isWord(word, form));
		if (index >= 0) matches.push({ word: index, location, sentence: sentenceOf[location]! });
	});
	// Where the article is about something: its title, headings, keywords and description.
	const about = [result.meta.title, result.meta.keywords, result.meta.description, ...(result.anchors ?? []).map((anchor) => anchor.text)].flatMap((part) => (part ?? '').split(/\s+/));
	return wanted.map((form, word) => {
		if (form === null) return 0;
		const own = matches.filter((match) => match.word === word);
		if (own.length === 0) return 0;
		if (about.some((part) => isWord(part, form))) return COVERAGE.prominent;
		const near = (match: Match) => matches.some((other) => other.word !== word && other.sentence === match.sentence && Math.abs(other.location - match.location) <= SPAN);
		if (own.some(near)) return COVERAGE.together;
		return Math.min(COVERAGE.mentionedMax, COVERAGE.mentionedBase + COVERAGE.perMention * own.length);
	});
}

interface QueryWordForm {
	comparable: string;
	stem: string;
}

function queryWordOf(spelling: string, locale: string): QueryWordForm {
	const comparable = comparableWord(spelling);
	return { comparable, stem: stripSuffixes(comparable, locale) };
}

/**
 * Whether an article word is the query word: the prefix match search uses (word-match.ts), and
 * stems that agree, one the start of the other. Pagefind's prefixes let `ogrenci` (student) find
 * `öğrenebilirsiniz` (you can learn); their stems, `ogrenc` and `ogrenebilirs`, part ways.
 */
function agrees(comparable: string, word: QueryWordForm, locale: string): boolean {
	if (!sameWord(comparable, word.comparable)) return false;
	const stem = stripSuffixes(comparable, locale);
	return stem.startsWith(word.stem) || word.stem.startsWith(stem);
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
