import { SCRUB_TOKEN } from '../analytics/scrub.ts';
import { contentTokens, foldedWords } from './group-key.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';

/**
 * Why a query is not a need: `no-words` (only numbers or scrubbed personal data such as
 * `[number]`), `one-letter` (or one letter repeated: `aa`), `test` (someone trying the box), `keyboard-mash` (`xqzv plomb`),
 * `question-words` (`nasıl`, `how`: nothing to write about).
 */
export type NoiseReason = 'no-words' | 'one-letter' | 'test' | 'keyboard-mash' | 'question-words';

/** Words people type to try a search box; digits after them are ignored (`test123`). */
const TEST_WORDS: Record<string, string[]> = {
	'': ['test', 'tests', 'testing', 'asdf', 'qwerty', 'qwertz', 'azerty', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'foo', 'foobar', 'xxx', 'abc', 'abcd'],
	tr: ['deneme', 'denemee', 'denem', 'merhaba', 'selam', 'sa'],
	en: ['hello', 'hi', 'hey'],
	de: ['hallo'],
};
/**
 * Keys in a row (or backwards) are typed by sliding a finger, not by spelling. The top row holds
 * vowels, so words have four of its keys in a row (`property`); five only mash has.
 */
const KEYBOARD_ROWS: Array<[row: string, run: number]> = [
	['qwertyuiop', 5],
	['qwertzuiop', 5],
	['asdfghjkl', 4],
	['zxcvbnm', 4],
	['yxcvbnm', 4],
];
/** Consonants in a row past which a word is not of the language: `ekstre` has four, German has many. */
const MAX_CONSONANT_RUN: Record<string, number> = { tr: 5, en: 6 };
/** Letters after folding; `y` is a vowel in English and German words (`gym`, `Typ`), not in Turkish. */
const VOWELS: Record<string, RegExp> = { tr: /[aeiou]/, en: /[aeiouy]/, de: /[aeiouy]/ };
const LATIN_VOWELS = /[aeiouy]/;

/**
 * Null for a query that may be a need. Keyboard mash also needs every word to be unknown to the
 * articles (`known` checks a stem against every article of the locale), so a real product name
 * without vowels that the store does write about is never called noise.
 */
export function noiseReason(query: string, locale: string, known: (stem: string) => boolean): NoiseReason | null {
	const language = locale.split('-')[0]!;
	const words = foldedWords(query.replace(SCRUB_TOKEN, ' '), locale);
	if (!words.some((word) => /\p{L}/u.test(word))) return 'no-words';
	if (words.join('').length <= 1) return 'one-letter';
	const tests = new Set([...TEST_WORDS['']!, ...(TEST_WORDS[language] ?? [])]);
	if (words.every((word) => tests.has(word.replace(/\d+$/, '')))) return 'test';
	if (new Set(words.join('')).size === 1) return 'one-letter';
	const mash = words.filter((word) => isMash(word, language)).length;
	if (mash * 2 >= words.length && !words.some((word) => known(stripSuffixes(word, locale)))) return 'keyboard-mash';
	if (!contentTokens(query.replace(SCRUB_TOKEN, ' '), locale).length) return 'question-words';
	return null;
}

/** A folded word that no one spells: one letter repeated, a keyboard row, no vowel, or too many consonants. */
export function isMash(word: string, language: string): boolean {
	const letters = word.replace(/[^a-z]/g, '');
	// Other scripts, and short words such as `kdv` or `ptt`, are left alone.
	if (letters.length < 3 || letters.length < word.length / 2) return false;
	if (/^(.)\1+$/.test(letters)) return true;
	if (hasRowRun(letters)) return true;
	if (letters.length >= 4 && !(VOWELS[language] ?? LATIN_VOWELS).test(letters)) return true;
	const run = MAX_CONSONANT_RUN[language];
	return run !== undefined && new RegExp(`[^aeiouy]{${run}}`).test(letters);
}

function hasRowRun(letters: string): boolean {
	return KEYBOARD_ROWS.some(([row, run]) => {
		for (let start = 0; start + run <= letters.length; start++) {
			const piece = letters.slice(start, start + run);
			if (row.includes(piece) || row.includes([...piece].reverse().join(''))) return true;
		}
		return false;
	});
}
