/** Longest slug made from a title; cut at a word boundary so the URL stays readable. */
export const MAX_SLUG_LENGTH = 60;

export interface SlugResult {
	/** Lowercase ASCII words joined by hyphens; empty when the title gives nothing usable. */
	slug: string;
	/**
	 * Letters with no Latin spelling here (Arabic, Cyrillic, CJK…). They cannot go into a file
	 * name, and dropping them silently would give a slug that says something else: the caller asks
	 * for `--slug` instead.
	 */
	untransliterated: string[];
}

// Applied after lowercasing, before accents are stripped: the German
// umlauts are spelled out (Rücksendung → ruecksendung), not just undotted.
const LANGUAGE_LETTERS: Record<string, Record<string, string>> = {
	de: { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' },
};

// Latin letters that NFD does not split into a base letter and an accent.
const LATIN_LETTERS: Record<string, string> = {
	ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ŀ: 'l', ŋ: 'n', ə: 'e', ſ: 's',
};

// Apostrophes join their word (Trendyol'dan → trendyoldan, Where's → wheres) instead of splitting it.
const APOSTROPHES = /['’‘ʼʻ`´]/g;

/** The primary language subtag (`de-AT` → `de`), for choosing letter rules. */
function languageOf(locale: string): string {
	try {
		return new Intl.Locale(locale).language;
	} catch {
		return locale.toLowerCase().split(/[-_]/)[0] ?? '';
	}
}

/**
 * A file name for an article from its title, spelled the way readers of the article's language
 * expect: `İade ve değişim nasıl yapılır?` (tr) → `iade-ve-degisim-nasil-yapilir`,
 * `Rücksendung & Größe` (de) → `ruecksendung-groesse`.
 */
export function slugify(title: string, locale: string): SlugResult {
	const language = languageOf(locale);
	const languageLetters = LANGUAGE_LETTERS[language] ?? {};
	// NFC first: a title pasted from macOS may carry `u` + combining diaeresis instead of `ü`.
	// Plain lowercasing is enough even for Turkish: I, İ, ı and i all end up as `i`.
	const letters = [...title.normalize('NFC').toLowerCase()]
		.map((char) => languageLetters[char] ?? LATIN_LETTERS[char] ?? char)
		.join('')
		.replace(APOSTROPHES, '')
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
	// Once accents are gone some letters only then match (`ǽ` → `æ` → `ae`).
	const spelled = [...letters].map((char) => LATIN_LETTERS[char] ?? char).join('');
	const untransliterated = [...new Set(spelled.match(/[^\P{L}a-z]/gu) ?? [])];
	const words = spelled.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return { slug: capLength(words, MAX_SLUG_LENGTH), untransliterated };
}

/** Cuts a slug to `max` characters at the last hyphen that fits; one long word is cut where it must be. */
export function capLength(slug: string, max: number): string {
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}

/** `base`, else `base-2`, `base-3`… : the first one `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
	if (!isTaken(base)) return base;
	for (let n = 2; ; n += 1) {
		const candidate = `${base}-${n}`;
		if (!isTaken(candidate)) return candidate;
	}
}
