import type { PublishedArticle } from '../catalog/content-index-model.ts';
import type { ContentModel } from '../catalog/content-model.ts';
import { createUrlBuilder } from '../utils/urls.ts';
import type { SitemapEntry } from './sitemap.ts';

/**
 * Every indexable page: locale homes, the categories each locale shows and the articles written in
 * their own language. Fallback pages (the default locale's text under another locale) are left
 * out, as they are left out of the hreflang alternates: search engines should rank the original.
 */
export function siteEntries(options: { content: ContentModel<PublishedArticle>; site: URL; base: string }): SitemapEntry[] {
	const { content } = options;
	const { locales, defaultLocale } = content;
	const urls = createUrlBuilder(options.base);
	const absolute = (path: string) => new URL(path, options.site).href;
	const alternatesIn = (inLocales: string[], href: (locale: string) => string) => {
		const links = inLocales.map((l) => ({ hreflang: l, href: absolute(href(l)) }));
		return inLocales.includes(defaultLocale) ? [...links, { hreflang: 'x-default', href: absolute(href(defaultLocale)) }] : links;
	};
	const translated = (locale: string) => [...content.articles(locale).values()].filter((article) => !article.isFallback);
	const newest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString().slice(0, 10) : undefined);

	const entries: SitemapEntry[] = [];
	const homeAlternates = alternatesIn(locales, urls.home);
	for (const locale of locales) {
		entries.push({ url: absolute(urls.home(locale)), lastmod: newest(translated(locale).map((a) => a.source.data.updated)), alternates: homeAlternates });
	}
	for (const locale of locales) {
		for (const { id } of content.categories(locale)) {
			const showing = locales.filter((l) => content.categories(l).some((c) => c.id === id));
			entries.push({ url: absolute(urls.category(locale, id)), alternates: alternatesIn(showing, (l) => urls.category(l, id)) });
		}
	}
	for (const locale of locales) {
		for (const article of translated(locale)) {
			const alternates = alternatesIn(content.translationsOf(article.id), (l) => urls.article(l, article.id));
			entries.push({ url: absolute(urls.article(locale, article.id)), lastmod: article.source.data.updated.toISOString().slice(0, 10), alternates });
		}
	}
	return entries;
}
