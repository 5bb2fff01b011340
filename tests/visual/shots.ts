/**
 * What the visual tests and `npm run screenshots` photograph on the sample help center: six pages in
 * Turkish (the default) and Arabic (right to left), on a phone and a laptop, light and dark, plus
 * the README's pictures. One list, so the baselines and the README can never show different code.
 */

export type Scheme = 'light' | 'dark';

export interface Viewport {
	width: number;
	height: number;
}

/** A page of the sample site and what must be on screen before it is photographed. */
export interface PageDef {
	/** Path under the site's base, without a leading slash. */
	path: (locale: string) => string;
	/** A selector that is visible once the page is complete (search results are painted after load; the search page shows five, then up to 20, and marks the final list `data-complete`). */
	readyWhen?: string;
}

export interface Shot {
	/** File name without `.png`. */
	name: string;
	page: PageDef;
	locale: string;
	viewport: Viewport;
	scheme: Scheme;
	/** The whole page (down to MAX_HEIGHT) rather than the first screen. */
	fullPage: boolean;
}

/** A word with several results in each locale's index (the Arabic index has no Turkish words). */
const FOUND: Record<string, string> = { tr: 'iade', ar: 'إرجاع' };
/** Matches nothing in any language. */
const NOTHING = 'qqqzzz';

const search = (query: string) => `search/?q=${encodeURIComponent(query)}`;

function foundIn(locale: string): string {
	const query = FOUND[locale];
	if (!query) throw new Error(`No search word for ${locale}: add one that finds articles to FOUND in tests/visual/shots.ts.`);
	return query;
}

export const PAGES = {
	home: { path: (locale) => `${locale}/` },
	category: { path: (locale) => `${locale}/iade/` },
	// Has a table of contents, numbered steps and an FAQ accordion, in Turkish and in Arabic.
	article: { path: (locale) => `${locale}/iade/iade-sureci/` },
	search: { path: (locale) => `${locale}/${search(foundIn(locale))}`, readyWhen: '[data-search-results][data-complete] a' },
	'search-empty': { path: (locale) => `${locale}/${search(NOTHING)}`, readyWhen: '[data-search-empty]' },
	'not-found': { path: (locale) => `${locale}/does-not-exist/` },
} satisfies Record<string, PageDef>;

export const LOCALES = ['tr', 'ar'];
export const VIEWPORTS: Viewport[] = [
	{ width: 390, height: 844 },
	{ width: 1366, height: 768 },
];
export const SCHEMES: Scheme[] = ['light', 'dark'];

/** Full-page shots stop here: below it a page is more of the same, and baselines stay small. */
export const MAX_HEIGHT = 3000;

export type PageId = keyof typeof PAGES;

/** The shots of one page in one locale, compared with tests/visual/baselines/<name>.png. */
export function baselineShotsFor(id: PageId, locale: string): Shot[] {
	return VIEWPORTS.flatMap((viewport) =>
		SCHEMES.map((scheme) => ({ name: `${id}-${locale}-${viewport.width}-${scheme}`, page: PAGES[id], locale, viewport, scheme, fullPage: true })),
	);
}

/** All 48: every page in every locale, on both viewports, in both schemes. */
export function baselineShots(): Shot[] {
	return (Object.keys(PAGES) as PageId[]).flatMap((id) => LOCALES.flatMap((locale) => baselineShotsFor(id, locale)));
}

const phone = VIEWPORTS[0]!;
const laptop = VIEWPORTS[1]!;

/**
 * The pictures in README.md (docs/screenshots/), first screens only: they read better than a long
 * strip. gap-report.png is not here: it shows `npm run report`, not the site.
 */
export const README_SHOTS: Shot[] = [
	{ name: 'home-tr-desktop', page: PAGES.home, locale: 'tr', viewport: laptop, scheme: 'light', fullPage: false },
	{ name: 'article-tr-phone', page: { path: () => 'tr/kargo/kargo-ucretleri-ve-sureleri/' }, locale: 'tr', viewport: phone, scheme: 'light', fullPage: false },
	// An article German has not translated: the notice and the Turkish original.
	{ name: 'fallback-de-phone', page: { path: () => 'de/odeme/kapida-odeme/' }, locale: 'de', viewport: phone, scheme: 'light', fullPage: false },
	{ name: 'article-ar-dark', page: PAGES.article, locale: 'ar', viewport: laptop, scheme: 'dark', fullPage: false },
	// Typed without Turkish letters, as customers do.
	{
		name: 'search-tr-phone',
		page: { path: () => `tr/${search('kapida odeme')}`, readyWhen: PAGES.search.readyWhen },
		locale: 'tr',
		viewport: phone,
		scheme: 'light',
		fullPage: false,
	},
	{
		name: 'search-empty-en-phone',
		page: { path: () => `en/${search('teleport')}`, readyWhen: PAGES['search-empty'].readyWhen },
		locale: 'en',
		viewport: phone,
		scheme: 'light',
		fullPage: false,
	},
];
