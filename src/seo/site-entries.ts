import type { ContentIndex } from '../content-checks/content-types.ts';
import { createUrlBuilder } from '../utils/urls.ts';
import type { SitemapEntry } from './sitemap.ts';

/**
 * Every indexable page: locale homes, categories and articles that exist in their own language.
 * Fallback pages (the default locale's text under another locale) are left out, as they are left
 * out of the hreflang alternates: search engines should rank the original.
 */
export function siteEntries(options: { index: ContentIndex; site: URL; base: string; locales: string[]; defaultLocale: string }): SitemapEntry[] {
	const { index, locales, defaultLocale } = options;
	const urls = createUrlBuilder(options.base);
	const absolute = (path: string) => new URL(path, options.site).href;
	const withDefault = (links: Array<{ hreflang: string; href: string }>, defaultHref: string | undefined) => (defaultHref ? [...links, { hreflang: 'x-default', href: defaultHref }] : links);
	const published = (locale: string) => [...(index.articles.get(locale) ?? new Map()).entries()].filter(([, article]) => article.data && !article.data.draft);
	const newest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString().slice(0, 10) : undefined);

	const entries: SitemapEntry[] = [];
	const homeAlternates = withDefault(locales.map((l) => ({ hreflang: l, href: absolute(urls.home(l)) })), absolute(urls.home(defaultLocale)));
	for (const locale of locales) {
		entries.push({ url: absolute(urls.home(locale)), lastmod: newest(published(locale).map(([, a]) => a.data!.updated)), alternates: homeAlternates });
	}
	for (const category of index.categories.get(defaultLocale)?.keys() ?? []) {
		const alternates = withDefault(locales.map((l) => ({ hreflang: l, href: absolute(urls.category(l, category)) })), absolute(urls.category(defaultLocale, category)));
		for (const locale of locales) entries.push({ url: absolute(urls.category(locale, category)), alternates });
	}
	for (const locale of locales) {
		for (const [id, article] of published(locale)) {
			const translations = locales.filter((l) => index.articles.get(l)?.get(id)?.data?.draft === false);
			const alternates = withDefault(translations.map((l) => ({ hreflang: l, href: absolute(urls.article(l, id)) })), translations.includes(defaultLocale) ? absolute(urls.article(defaultLocale, id)) : undefined);
			entries.push({ url: absolute(urls.article(locale, id)), lastmod: article.data!.updated.toISOString().slice(0, 10), alternates });
		}
	}
	return entries;
}
