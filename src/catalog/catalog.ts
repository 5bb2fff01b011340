import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:destek/config';
import type { IconName } from '../components/icons/names.ts';
import type { CategoryData } from '../schemas/category.ts';
import { articleId } from '../utils/article-path.ts';
import { createContentModel, type ShownArticle } from './content-model.ts';
import { urls } from './site-urls.ts';
import { isOutdatedTranslation } from './source-hashes.ts';
import { memoize } from '../utils/memoize.ts';

/** An article as a locale's pages show it: where the content model puts it, and what the pages need besides. */
export interface ArticleView extends Omit<ShownArticle<CollectionEntry<'articles'>>, 'source'> {
	/** A translation whose source changed after it was translated (its `sourceHash` no longer matches). */
	isOutdated: boolean;
	entry: CollectionEntry<'articles'>;
	data: CollectionEntry<'articles'>['data'];
	url: string;
}

export interface CategoryView {
	id: string;
	locale: string;
	title: string;
	description: string;
	icon: IconName;
	url: string;
	articles: ArticleView[];
}

export interface LocaleCatalog {
	locale: string;
	categories: CategoryView[];
	articles: Map<string, ArticleView>;
	/** The configured `popular` articles, as published in this locale. */
	popular: ArticleView[];
}

export interface Catalog {
	locales: string[];
	get: (locale: string) => LocaleCatalog;
	/** Locales where an article has a real translation (not a fallback), default locale first. */
	translationsOf: (id: string) => string[];
}

/** The help center's structure, per locale, as the content model (content-model.ts) decides it, ready for the pages. */
export function getCatalog(): Promise<Catalog> {
	// The dev server reloads content while it runs; a build renders one snapshot, built once.
	return import.meta.env.DEV ? buildCatalog() : builtOnce();
}

const builtOnce = memoize(buildCatalog);

async function buildCatalog(): Promise<Catalog> {
	// Drafts are previewed by `npm run dev` and never published.
	const entries = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
	const categoryEntries = await getCollection('categories');
	const written = new Map<string, Map<string, CollectionEntry<'articles'>>>();
	for (const entry of entries) {
		const [locale, category, slug] = entry.id.split('/') as [string, string, string];
		if (!written.has(locale)) written.set(locale, new Map());
		written.get(locale)!.set(articleId({ category, slug }), entry);
	}
	const categories = new Map<string, Map<string, CategoryData>>();
	for (const entry of categoryEntries) {
		const [locale, category] = entry.id.split('/') as [string, string];
		if (!categories.has(locale)) categories.set(locale, new Map());
		categories.get(locale)!.set(category, entry.data);
	}
	const model = createContentModel({ locales: Object.keys(config.locales), defaultLocale: config.defaultLocale, written, categories });
	const sources = model.articles(config.defaultLocale);

	const perLocale = new Map<string, LocaleCatalog>();
	for (const locale of model.locales) {
		const articles = new Map<string, ArticleView>();
		for (const shown of model.articles(locale).values()) {
			const { source: entry, ...where } = shown;
			const isOutdated =
				locale !== config.defaultLocale && !shown.isFallback && (await isOutdatedTranslation(entry.data.sourceHash, sources.get(shown.id)?.source));
			articles.set(shown.id, { ...where, isOutdated, entry, data: entry.data, url: urls.article(locale, shown.id) });
		}
		const categories = model.categories(locale).map(({ id, title, description, icon, articles: shown }): CategoryView => ({
			id,
			locale,
			title,
			description,
			icon,
			url: urls.category(locale, id),
			articles: shown.map((a) => articles.get(a.id)!),
		}));
		const popular = config.popular.flatMap((id) => articles.get(id) ?? []);
		perLocale.set(locale, { locale, categories, articles, popular });
	}

	return {
		locales: model.locales,
		get: (locale) => perLocale.get(locale) ?? perLocale.get(config.defaultLocale)!,
		translationsOf: model.translationsOf,
	};
}
