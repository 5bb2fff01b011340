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

/** Suggests a valid file or folder name: `İade Süreci` → `iade-sureci`. */
export function suggestSegment(name: string): string {
	return name
		.replace(/\.[^.]+$/, '')
		.replace(/[ıİ]/g, 'i')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
