import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ARTICLE_EXTENSION, CATEGORY_FILE_NAMES, SEGMENT_PATTERN } from '../utils/article-path.ts';
import { ScaffoldError, UsageError } from './scaffold-errors.ts';

/** Where a help center keeps its articles, from its astro.config.mjs. */
export interface ContentLayout {
	/** Absolute project root. */
	root: string;
	/** The content folder, relative to the root (`config.contentDir`). */
	contentDir: string;
	locales: string[];
	defaultLocale: string;
}

export interface ArticleFile {
	absolute: string;
	/** Relative to the project root, forward slashes, for messages: `content/tr/iade/iade-sureci.md`. */
	display: string;
}

export function articleFile(layout: ContentLayout, locale: string, category: string, slug: string): ArticleFile {
	const absolute = join(layout.root, layout.contentDir, locale, category, `${slug}${ARTICLE_EXTENSION}`);
	return { absolute, display: relative(layout.root, absolute).replaceAll('\\', '/') };
}

/** The categories: folders of the default locale with a `_category.yml`, sorted. */
export async function listCategories(layout: ContentLayout): Promise<string[]> {
	const folder = join(layout.root, layout.contentDir, layout.defaultLocale);
	const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
	return entries
		.filter((entry) => entry.isDirectory() && CATEGORY_FILE_NAMES.some((name) => existsSync(join(folder, entry.name, name))))
		.map((entry) => entry.name)
		.sort();
}

/** The article slugs of one locale's category folder, sorted; empty when the folder is missing. */
export async function listSlugs(layout: ContentLayout, locale: string, category: string): Promise<string[]> {
	const entries = await readdir(join(layout.root, layout.contentDir, locale, category)).catch(() => []);
	return entries
		.filter((name) => name.endsWith(ARTICLE_EXTENSION))
		.map((name) => name.slice(0, -ARTICLE_EXTENSION.length))
		.filter((slug) => SEGMENT_PATTERN.test(slug))
		.sort();
}

/**
 * The file that already uses `<category>/<slug>` in any locale, or null. The same path in every
 * locale is the same article, so a new article must not take a path another language already has.
 */
export function pathInUse(layout: ContentLayout, category: string, slug: string): ArticleFile | null {
	for (const locale of [layout.defaultLocale, ...layout.locales.filter((l) => l !== layout.defaultLocale)]) {
		const file = articleFile(layout, locale, category, slug);
		if (existsSync(file.absolute)) return file;
	}
	return null;
}

/** A note when a locale has no `_category.yml` of its own for the category yet, else null. */
export function missingCategoryNote(layout: ContentLayout, locale: string, category: string): string | null {
	const folder = join(layout.root, layout.contentDir, locale, category);
	if (locale === layout.defaultLocale || CATEGORY_FILE_NAMES.some((name) => existsSync(join(folder, name)))) return null;
	const file = relative(layout.root, join(folder, CATEGORY_FILE_NAMES[0]!)).replaceAll('\\', '/');
	return `${file} does not exist yet, so the topic shows its ${layout.defaultLocale} title in ${locale}; add it with a translated title and description.`;
}

/** Throws a usage error naming the configured locales unless `locale` is one. */
export function requireLocale(layout: ContentLayout, locale: string): void {
	if (!layout.locales.includes(locale))
		throw new UsageError(`--locale ${locale} is not a locale of this help center; use one of: ${layout.locales.join(', ')}`);
}

/** Throws a usage error listing the categories unless `category` is one. */
export async function requireCategory(layout: ContentLayout, category: string): Promise<void> {
	const categories = await listCategories(layout);
	if (categories.includes(category)) return;
	const where = relative(layout.root, join(layout.root, layout.contentDir, layout.defaultLocale)).replaceAll('\\', '/');
	if (categories.length === 0)
		throw new ScaffoldError(`there are no categories yet; create ${where}/${category}/_category.yml first (see "Add a category" in README.md)`);
	throw new UsageError(`"${category}" is not a category; use one of: ${categories.join(', ')} (folders of ${where} with a _category.yml)`);
}
