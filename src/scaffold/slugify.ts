import { toSegment } from '../utils/article-path.ts';
import { transliterate } from '../utils/fold.ts';

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

/**
 * A file name for an article from its title, spelled the way readers of the article's language
 * expect: `İade ve değişim nasıl yapılır?` (tr) → `iade-ve-degisim-nasil-yapilir`,
 * `Rücksendung & Größe` (de) → `ruecksendung-groesse`.
 */
export function slugify(title: string, locale: string): SlugResult {
	const untransliterated = [...new Set(transliterate(title, locale).match(/[^\P{L}a-z]/gu) ?? [])];
	return { slug: capLength(toSegment(title, locale), MAX_SLUG_LENGTH), untransliterated };
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
