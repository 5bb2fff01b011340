/**
 * How Destek makes words comparable and spells them in URLs; nothing else folds letters itself.
 *
 * Two rules, because they answer different questions:
 * - **Matching** (search index and queries, the report's groups, result highlighting): every accent
 *   is dropped, `Rücksendung` → `rucksendung`. Pagefind strips combining accents on its own side,
 *   so index and query can only meet on the accent-free form; `foldLetters` adds the letters it
 *   cannot strip (`ı`, `ß`, `ø`…). `foldForMatching` is where every comparison ends up.
 * - **Slugs** (file names from `npm run new`, the content check's rename hints): letters are
 *   spelled the way readers of the language write them without the key, `Rücksendung` (de) →
 *   `ruecksendung`: `rucksendung` reads as another word to a German. Search still finds both
 *   spellings: word-match.ts treats `ue` as `u`.
 */

// Letters NFD does not split into a base letter and an accent, lowercase; one table for both rules.
const LOWER: Record<string, string> = {
	ı: 'i',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ħ: 'h',
	ŀ: 'l',
	ŋ: 'n',
	ə: 'e',
	ſ: 's',
};

// Their capitals, for text folded before it is lowercased (the index: Pagefind lowercases later).
// `I` is the capital of `ı` but stays `I`; `İ` and `ẞ` have no lowercase entry of their own.
const LETTERS: Record<string, string> = { ...LOWER, İ: 'I', ẞ: 'SS' };
for (const [letter, spelled] of Object.entries(LOWER)) {
	const capital = letter.toUpperCase();
	if (capital.length === 1 && capital !== letter && !/[A-Z]/.test(capital)) LETTERS[capital] = spelled.toUpperCase();
}
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/** Spelled out in slugs of a language; matching drops the accent instead (see above). */
const SLUG_LETTERS: Record<string, Record<string, string>> = {
	de: { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' },
};

/**
 * The letters Pagefind cannot fold, mapped (`Kapıda` → `Kapida`, `Straße` → `Strasse`); case and
 * accents are left alone. The index side: prepare-page.ts folds article text with it.
 */
export function foldLetters(text: string): string {
	return text.replace(LETTER_PATTERN, (letter) => LETTERS[letter]!);
}

/** Whether `foldLetters` changes the text. */
export function hasUnfoldableLetters(text: string): boolean {
	LETTER_PATTERN.lastIndex = 0;
	return LETTER_PATTERN.test(text);
}

/** The words of a text that `foldLetters` changes (`Kapıda ödeme` → `Kapıda`). */
export function wordsWithUnfoldableLetters(text: string): string[] {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter(hasUnfoldableLetters);
}

/**
 * The query side: lowercased with the language's rules (Turkish `I` → `ı`, `İ` → `i`), then
 * `foldLetters`. Accents stay, so exact spellings can rank first; Pagefind drops them when it compares.
 */
export function foldCase(text: string, locale: string): string {
	return foldLetters(text.normalize('NFC').toLocaleLowerCase(locale)).replace(/\u0307/g, ''); // the dot left by lowercasing İ outside Turkish
}

/** Combining marks dropped: accents, Arabic vowel marks and hamza (`ö` → `o`, `أُ` → `ا`). */
export function stripAccents(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The matching form of a text, what Pagefind compares an indexed word as: lowercase, no accents,
 * unfoldable letters mapped (`Rücksendung` → `rucksendung`, `İADE` → `iade`, `ödeme` → `odeme`).
 * Needs no language: once `ı` is `i` and accents are gone, Turkish and other lowercasing agree.
 */
export function foldForMatching(text: string): string {
	return stripAccents(foldLetters(text.normalize('NFC').toLowerCase()));
}

/**
 * A text spelled in lowercase Latin letters for a URL, the way readers of `locale` write it
 * without the key (`Rücksendung` (de) → `ruecksendung`, `Değişim` (tr) → `degisim`). Letters with
 * no Latin spelling here (Arabic, Cyrillic…) are left as they are for the caller to refuse.
 */
export function transliterate(text: string, locale: string): string {
	const own = SLUG_LETTERS[languageOf(locale)] ?? {};
	// NFC first: a title pasted from macOS may carry `u` + combining diaeresis instead of `ü`.
	// Plain lowercasing is enough even for Turkish: I, İ, ı and i all end up as `i`.
	const letters = stripAccents([...text.normalize('NFC').toLowerCase()].map((char) => own[char] ?? LOWER[char] ?? char).join(''));
	// Some letters only match once their accent is gone (`ǽ` → `æ` → `ae`).
	return foldLetters(letters);
}

/** The primary language subtag (`de-AT` → `de`), for choosing letter rules. */
function languageOf(locale: string): string {
	try {
		return new Intl.Locale(locale).language;
	} catch {
		return locale.toLowerCase().split(/[-_]/)[0] ?? '';
	}
}
