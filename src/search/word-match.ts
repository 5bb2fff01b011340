import { foldForMatching } from '../utils/fold.ts';

/**
 * Whether a word of an article is the query word Pagefind matched it for. Pagefind stems words and
 * matches prefixes, so a made-up word still "finds" pages through a tiny stem ("argom" → "a"). A
 * word counts when it starts with the query word's first five letters, or is a word of four letters
 * or more that the query word starts with (`iade` for `iadeler`, `kargo` for `kargom`).
 */
export function matchesQueryWord(articleWord: string, queryWord: string): boolean {
	return sameWord(comparableWord(articleWord), comparableWord(queryWord));
}

/** `matchesQueryWord` on words already made comparable, for scanning a whole article. */
export function sameWord(matched: string, wanted: string): boolean {
	return (matched.length >= 4 && wanted.startsWith(matched)) || (matched.length > 0 && matched.startsWith(wanted.slice(0, 5)));
}

/** Lowercase, folded, without accents or punctuation, German `ue` as `u` (`Rückerstattung` is often typed `Rueckerstattung`). */
export function comparableWord(word: string): string {
	return foldForMatching(word)
		.replace(/[^\p{L}\p{N}]/gu, '')
		.replace(/([aou])e/g, '$1');
}
