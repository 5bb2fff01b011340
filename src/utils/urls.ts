/**
 * Every URL of the help center is built here, so the base path and the trailing slash are
 * handled in one place. Pages end with "/" (directory-style output that every CDN serves).
 */
export interface UrlBuilder {
	/** `/` of the site (the language picker). */
	root: () => string;
	/** Home of a locale: `/<base>/<locale>/`. */
	home: (locale: string) => string;
	/** `/<base>/<locale>/<category>/` */
	category: (locale: string, category: string) => string;
	/** `/<base>/<locale>/<category>/<slug>/` for an article id `<category>/<slug>`, with an optional `#hash`. */
	article: (locale: string, id: string, hash?: string) => string;
	/** The picture shared with an article (`brand.articleCards`), next to its page. */
	articleCard: (locale: string, id: string) => string;
	/** The page listing every article, where search will live. */
	search: (locale: string) => string;
	/** A file in `public/` or the build output: `/<base>/<path>`. */
	file: (path: string) => string;
}

/** File name of an article's card, inside the article's folder. */
export const ARTICLE_CARD_FILE = 'card.png';

export function createUrlBuilder(base: string): UrlBuilder {
	const prefix = normalizeBase(base);
	const page = (...segments: string[]) => `${prefix}${segments.map(encodeURIComponent).join('/')}/`;
	return {
		root: () => prefix,
		home: (locale) => page(locale),
		category: (locale, category) => page(locale, category),
		article: (locale, id, hash) => `${page(locale, ...id.split('/'))}${hash ? `#${hash.replace(/^#/, '')}` : ''}`,
		articleCard: (locale, id) => `${page(locale, ...id.split('/'))}${ARTICLE_CARD_FILE}`,
		search: (locale) => page(locale, 'search'),
		file: (path) => `${prefix}${path.replace(/^\/+/, '')}`,
	};
}

/** `help`, `/help`, `/help/` and `` all become `/help/` or `/`. */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A link from one article page to another, relative to the page (`../../iade/iade-sureci/`).
 * Article pages share one shape in every locale, so the same rendered Markdown links correctly
 * from its own locale, from a fallback page in another locale and under any base path.
 */
export function relativeArticleHref(fromId: string, toId: string, hash?: string): string {
	const fragment = hash ? `#${hash}` : '';
	if (fromId === toId) return fragment || './';
	return `../../${toId.split('/').map(encodeURIComponent).join('/')}/${fragment}`;
}
