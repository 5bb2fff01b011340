import { foldLetters } from './fold.ts';

/** Longest query sent to the index; longer input is a pasted message, not a search. */
export const MAX_QUERY_LENGTH = 200;

/**
 * What the customer typed, made comparable with the index: lowercased with the page's own
 * language rules (Turkish `I` → `ı`, `İ` → `i`, whatever the browser's language), letters Pagefind
 * cannot fold mapped like the index (`ı` → `i`), suffixes after an apostrophe dropped
 * (`Trendyol'dan` → `trendyol`). Accents Pagefind folds itself are kept, so exact spellings
 * still rank first.
 */
export function normalizeQuery(query: string, locale: string): string {
	return normalizeText(query, locale).slice(0, MAX_QUERY_LENGTH);
}

/** `normalizeQuery` for a text of any length (an article body the report reads), not cut. */
export function normalizeText(text: string, locale: string): string {
	return foldLetters(text.normalize('NFC').toLocaleLowerCase(locale))
		.replace(/\u0307/g, '') // the dot left by lowercasing İ outside Turkish
		.replace(/[’'`´]\p{L}*/gu, '')
		.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
