import { MAX_QUERY_LENGTH } from '../analytics/event-limits.ts';
import { foldCase } from '../utils/fold.ts';

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
	return foldCase(text, locale)
		.replace(/[’'`´]\p{L}*/gu, '')
		.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
