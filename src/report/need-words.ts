import type { LocaleIndex } from './article-index.ts';
import { foldText, typedWords } from './group-key.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';
import { correctWord } from './typo-finder.ts';

/**
 * A key token as customers typed it: from the most frequent spelling holding it (`karg` →
 * `kargom`), so advice names words a writer can paste into `keywords`.
 */
export function createDisplay(spellings: readonly string[], locale: string): (token: string) => string {
	const words = new Map<string, string>();
	for (const spelling of spellings) {
		for (const { word, stem } of typedWords(spelling, locale)) if (!words.has(stem)) words.set(stem, word);
	}
	return (token) => words.get(token) ?? token;
}

/**
 * Words of the need that no article of the locale contains anywhere, body included: the key's
 * tokens, and the words the browser reported as not found together in the results (`unmatched`),
 * as typed, once each; numbers left out.
 */
export function missingWords(
	tokens: readonly string[],
	unmatched: readonly string[],
	index: LocaleIndex,
	display: (token: string) => string,
	locale: string,
): string[] {
	const missing = tokens.filter((token) => !index.has(token)).map(display);
	for (const word of unmatched) {
		const stem = stripSuffixes(foldText(word, locale), locale);
		// The browser sends words normalized (`yatmadi`); the spelling customers typed reads better.
		const shown = display(stem);
		if (!index.has(stem)) missing.push(shown === stem ? word : shown);
	}
	// A number (`2`, `iphone 15`) is no word a writer can add.
	return [...new Set(missing)].filter((word) => /\p{L}/u.test(word));
}

/**
 * A query with each word no article has replaced by the article word one letter away, if any
 * (`kragom nerde` → `kargom nerede`), and the words so corrected, as typed; undefined when none is.
 */
export function correctSpelling(query: string, index: LocaleIndex, locale: string): { query: string; misspelled: string[] } | undefined {
	const misspelled: string[] = [];
	const words = typedWords(query, locale).map(({ word, stem }) => {
		const correction = index.has(stem) ? undefined : correctWord(index.words, foldText(word, locale));
		if (correction) misspelled.push(word);
		return correction ?? word;
	});
	return misspelled.length ? { query: words.join(' '), misspelled } : undefined;
}
