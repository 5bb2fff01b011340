import { MAX_UNMATCHED_WORDS, MAX_WORD_LENGTH } from '../analytics/events.ts';
import { normalizeQuery } from '../search/normalize-query.ts';
import { stopWordsFor } from '../search/stop-words.ts';
import { foldForMatching } from '../utils/fold.ts';

/**
 * The `unmatched` list a browser would send for a partial answer: the query's words (normalized
 * as search normalizes them) that start with one of the need's stems, plus every word of a pasted
 * value (no article holds an order number). Stems are compared without accents, so `olcu` finds
 * `ölçüleri`.
 */
export function unmatchedWords(query: string, locale: string, stems: readonly string[], filled: readonly string[]): string[] {
	const words = new Set<string>();
	for (const word of normalizeQuery(query, locale).split(' ')) {
		if (stems.some((stem) => foldForMatching(word).startsWith(stem))) words.add(word);
	}
	for (const value of filled) for (const word of normalizeQuery(value, locale).split(' ')) if (word) words.add(word);
	return limit(words);
}

/** What a browser sends with a search that found nothing: every word but the question words. */
export function meaningfulWords(query: string, locale: string): string[] {
	const stop = stopWordsFor(locale);
	const words = normalizeQuery(query, locale).split(' ').filter(Boolean);
	const meaningful = words.filter((word) => !stop.has(word));
	return limit(meaningful.length ? meaningful : words);
}

function limit(words: Iterable<string>): string[] {
	return [...new Set(words)].filter((word) => word.length <= MAX_WORD_LENGTH).slice(0, MAX_UNMATCHED_WORDS);
}
