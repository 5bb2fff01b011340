import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:destek/config';
import type { IconName } from '../components/icons/names.ts';
import { articleId, splitArticleId } from '../utils/article-path.ts';
import { urls } from './site-urls.ts';
import { isOutdatedTranslation } from './source-hashes.ts';

export interface ArticleView {
	/** `<category>/<slug>`, the same in every locale. */
	id: string;
	category: string;
	slug: string;
	/** Locale of the page. */
	locale: string;
	/** Locale the text is written in: the page's own, or the default locale on a fallback page. */
	contentLocale: string;
	/** Shown in the default locale's text because the page's locale has no translation yet. */
	isFallback: boolean;
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
	get(locale: string): LocaleCatalog;
	/** Locales where an article has a real translation (not a fallback), default locale first. */
	translationsOf(id: string): string[];
}

let cached: Promise<Catalog> | undefined;

/** The help center's structure, per locale, with untranslated articles filled in from the default locale. */
export function getCatalog(): Promise<Catalog> {
	// The dev server reloads content while it runs; a build renders one snapshot, built once.
	if (import.meta.env.DEV) return buildCatalog();
	return (cached ??= buildCatalog());
}

async function buildCatalog(): Promise<Catalog> {
	// Drafts are previewed by `npm run dev` and never published.
	const entries = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
	const categoryEntries = await getCollection('categories');
	const locales = Object.keys(config.locales).sort((a, b) => Number(b === config.defaultLocale) - Number(a === config.defaultLocale));

	const written = new Map<string, Map<string, CollectionEntry<'articles'>>>(locales.map((l) => [l, new Map()]));
	for (const entry of entries) {
		const [locale, category, slug] = entry.id.split('/') as [string, string, string];
		written.get(locale)?.set(articleId({ category, slug }), entry);
	}
	const categoryData = new Map(categoryEntries.map((entry) => [entry.id, entry.data]));
	const defaultArticles = written.get(config.defaultLocale)!;

	const perLocale = new Map<string, LocaleCatalog>();
	for (const locale of locales) {
		const own = written.get(locale)!;
		const ids = new Set([...defaultArticles.keys(), ...own.keys()]);
		const articles = new Map<string, ArticleView>();
		for (const id of ids) {
			const entry = own.get(id) ?? defaultArticles.get(id)!;
			const { category, slug } = splitArticleId(id);
			const isFallback = !own.has(id);
			const isOutdated = locale !== config.defaultLocale && !isFallback && (await isOutdatedTranslation(entry.data.sourceHash, defaultArticles.get(id)));
			articles.set(id, {
				id,
				category,
				slug,
				locale,
				contentLocale: isFallback ? config.defaultLocale : locale,
				isFallback,
				isOutdated,
				entry,
				data: entry.data,
				url: urls.article(locale, id),
			});
		}
		const collator = new Intl.Collator(locale);
		const categoryIds = new Set([...articles.values()].map((a) => a.category));
		const categories = [...categoryIds]
			.map((id): CategoryView & { order: number } => {
				const base = categoryData.get(`${config.defaultLocale}/${id}`);
				const local = categoryData.get(`${locale}/${id}`) ?? base;
				return {
					id,
					locale,
					title: local?.title ?? id,
					description: local?.description ?? '',
					icon: base?.icon ?? 'question',
					order: base?.order ?? Number.MAX_SAFE_INTEGER,
					url: urls.category(locale, id),
					articles: [...articles.values()]
						.filter((a) => a.category === id)
						.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title)),
				};
			})
			.sort((a, b) => a.order - b.order || collator.compare(a.title, b.title));
		const popular = config.popular.flatMap((id) => articles.get(id) ?? []);
		perLocale.set(locale, { locale, categories, articles, popular });
	}

	return {
		locales,
		get: (locale) => perLocale.get(locale) ?? perLocale.get(config.defaultLocale)!,
		translationsOf: (id) => locales.filter((locale) => written.get(locale)!.has(id)),
	};
}
