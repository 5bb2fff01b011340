import type { IconName } from '../components/icons/names.ts';
import type { CategoryData } from '../schemas/category.ts';
import { splitArticleId } from '../utils/article-path.ts';

/** What the model needs of an article, whether Astro's collection entry or the content checks' file. */
export interface ModelArticle {
	data: { title: string; order: number };
}

export interface ContentModelInput<A extends ModelArticle> {
	/** Every configured locale. */
	locales: string[];
	defaultLocale: string;
	/** Published articles (no drafts) by id, per locale they are written in. */
	written: Map<string, Map<string, A>>;
	/** `_category.yml` data by category id, per locale. */
	categories: Map<string, Map<string, CategoryData>>;
}

/** An article as one locale shows it. */
export interface ShownArticle<A extends ModelArticle> {
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
	source: A;
}

/** A category as one locale shows it. */
export interface ShownCategory<A extends ModelArticle> {
	id: string;
	locale: string;
	/** The locale's own `_category.yml` title, else the default locale's, else the id. */
	title: string;
	description: string;
	/** Title and description come from the default locale: the locale has no `_category.yml` of its own. */
	isFallback: boolean;
	/** Read from the default locale's file only. */
	icon: IconName;
	order: number;
	/** In the order they are listed: `order`, then title. */
	articles: Array<ShownArticle<A>>;
}

export interface ContentModel<A extends ModelArticle> {
	/** Default locale first. */
	locales: string[];
	defaultLocale: string;
	/** Every article the locale shows, fallbacks included, by id. */
	articles: (locale: string) => Map<string, ShownArticle<A>>;
	/** The categories the locale shows (those with at least one article there), in `order`, then title. */
	categories: (locale: string) => Array<ShownCategory<A>>;
	/** Locales where an article has a real translation (not a fallback), default locale first. */
	translationsOf: (id: string) => string[];
}

/**
 * Which category and article each locale shows, and which of them are fallbacks: the one rule the
 * pages, the search index, the social cards and the sitemap all follow.
 *
 * - A locale shows every article of the default locale, and its own: where it has no translation,
 *   the default locale's text is shown (`isFallback`, with a notice on the page).
 * - A locale shows a category when it shows at least one article in it. Its title and description
 *   are the locale's own `_category.yml`, else the default locale's; icon and order are the default
 *   locale's.
 */
export function createContentModel<A extends ModelArticle>(input: ContentModelInput<A>): ContentModel<A> {
	const { defaultLocale } = input;
	const locales = [...input.locales].sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale));
	const written = (locale: string) => input.written.get(locale) ?? new Map<string, A>();
	const perLocale = new Map<string, { articles: Map<string, ShownArticle<A>>; categories: Array<ShownCategory<A>> }>();

	const build = (locale: string) => {
		const own = written(locale);
		const fallback = written(defaultLocale);
		const articles = new Map<string, ShownArticle<A>>();
		for (const id of new Set([...fallback.keys(), ...own.keys()])) {
			const isFallback = !own.has(id);
			articles.set(id, {
				id,
				...splitArticleId(id),
				locale,
				contentLocale: isFallback ? defaultLocale : locale,
				isFallback,
				source: own.get(id) ?? fallback.get(id)!,
			});
		}
		const collator = new Intl.Collator(locale);
		const byOrder = (a: { order: number; title: string }, b: { order: number; title: string }) => a.order - b.order || collator.compare(a.title, b.title);
		const categories = [...new Set([...articles.values()].map((a) => a.category))]
			.map((id): ShownCategory<A> => {
				const base = input.categories.get(defaultLocale)?.get(id);
				const local = input.categories.get(locale)?.get(id);
				return {
					id,
					locale,
					title: (local ?? base)?.title ?? id,
					description: (local ?? base)?.description ?? '',
					isFallback: !local,
					icon: base?.icon ?? 'question',
					order: base?.order ?? Number.MAX_SAFE_INTEGER,
					articles: [...articles.values()].filter((a) => a.category === id).sort((a, b) => byOrder(a.source.data, b.source.data)),
				};
			})
			.sort(byOrder);
		return { articles, categories };
	};
	const get = (locale: string) => {
		let shown = perLocale.get(locale);
		if (!shown) perLocale.set(locale, (shown = build(locale)));
		return shown;
	};

	return {
		locales,
		defaultLocale,
		articles: (locale) => get(locale).articles,
		categories: (locale) => get(locale).categories,
		translationsOf: (id) => locales.filter((locale) => written(locale).has(id)),
	};
}
