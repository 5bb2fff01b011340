import { SCRUB_TOKEN } from '../analytics/scrub.ts';
import { normalizeText } from '../search/normalize-query.ts';
import { stopWordsFor } from '../search/stop-words.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';
import { foldForMatching } from '../utils/fold.ts';
import { memoize } from '../utils/memoize.ts';

/**
 * Search normalization (case, Turkish I, apostrophe suffixes, punctuation) and then every accent
 * dropped: search keeps `ö` so exact spellings rank first, but `odeme` and `ödeme` are one gap.
 */
export function foldText(text: string, locale: string): string {
	// Not cut at a query's length: article bodies are folded too.
	return foldForMatching(normalizeText(text, locale));
}

const stopWords = memoize((locale: string) => new Set([...stopWordsFor(locale)].map((word) => foldText(word, locale))));

/** Folded words of a text; hyphens split words, so `e-fatura` meets `e fatura`. */
export function foldedWords(text: string, locale: string): string[] {
	return foldText(text, locale)
		.split(/[\s-]+/)
		.filter(Boolean);
}

/** Stems of a text without its stop words, once each, in order: what articles are compared on. */
export function contentTokens(text: string, locale: string): string[] {
	const stop = stopWords(locale);
	return unique(
		foldedWords(text, locale)
			.filter((word) => !stop.has(word))
			.map((word) => stripSuffixes(word, locale)),
	);
}

/**
 * The group of a query in the report: `Kargom nerede?`, `kargolarım` and `KARGOYU` share one.
 * What scrubbing put in (`[number]`) is left out: `sipariş 123456 nerede` is `siparişim nerede`.
 * A query of nothing but stop words (`nasıl`) or tokens keeps them, so it still forms its own group.
 * Empty when nothing searchable is left (`??`).
 */
export function groupKey(query: string, locale: string): string {
	const tokens = contentTokens(query.replace(SCRUB_TOKEN, ' '), locale);
	if (tokens.length) return tokens.join(' ');
	return unique(foldedWords(query, locale).map((word) => stripSuffixes(word, locale))).join(' ');
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

/**
 * The words of a query as the customer typed them (lowercased, `ı` and accents kept), each with
 * its stem: the report compares stems but shows words, since `karg` means nothing to a writer.
 */
export function typedWords(query: string, locale: string): Array<{ word: string; stem: string }> {
	return query
		.replace(SCRUB_TOKEN, ' ')
		.normalize('NFC')
		.toLocaleLowerCase(locale)
		.replace(/[’'`´]\p{L}*/gu, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map((word) => ({ word, stem: stripSuffixes(foldText(word, locale), locale) }));
}
