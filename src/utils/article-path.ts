import { transliterate } from './fold.ts';

/**
 * Where a content file sits: `content/<locale>/<category>/<slug>.md` for an article,
 * `content/<locale>/<category>/_category.yml` for a category. Everything else about an article
 * (its URL, its translations) follows from these three parts.
 */
export interface ArticlePath {
	locale: string;
	category: string;
	slug: string;
}

/** Lowercase ASCII words joined by hyphens: what URL segments and file names must be. */
export const SEGMENT_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const CATEGORY_FILE_NAMES = ['_category.yml', '_category.yaml'];
export const ARTICLE_EXTENSION = '.md';

/** `tr/iade/iade-sureci.md` (relative to the content folder) → its parts, or null for any other shape. */
export function parseArticlePath(relativePath: string): ArticlePath | null {
	const parts = relativePath.split(/[\\/]/);
	if (parts.length !== 3 || !parts[2]!.endsWith(ARTICLE_EXTENSION)) return null;
	const [locale, category, file] = parts as [string, string, string];
	return { locale, category, slug: file.slice(0, -ARTICLE_EXTENSION.length) };
}

/** The locale-independent id of an article: `<category>/<slug>`. */
export function articleId(path: Pick<ArticlePath, 'category' | 'slug'>): string {
	return `${path.category}/${path.slug}`;
}

/** Splits an article id `<category>/<slug>`. */
export function splitArticleId(id: string): { category: string; slug: string } {
	const [category = '', slug = ''] = id.split('/');
	return { category, slug };
}

// Apostrophes join their word (Trendyol'dan → trendyoldan, Where's → wheres) instead of splitting it.
const APOSTROPHES = /['’‘ʼʻ`´]/g;

/**
 * A text as a URL segment, transliterated for its language (src/utils/fold.ts): `İade Süreci` (tr)
 * → `iade-sureci`, `Rücksendung & Größe` (de) → `ruecksendung-groesse`. Letters with no Latin
 * spelling are left out, so the result may be empty; slugify.ts names them to the writer.
 */
export function toSegment(text: string, locale: string): string {
	return transliterate(text, locale)
		.replace(APOSTROPHES, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
