import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import config from 'virtual:destek/config';
import { ArticleFrontmatterSchema, type ArticleFrontmatter } from './schemas/article.ts';
import { CategorySchema, type CategoryData } from './schemas/category.ts';

/**
 * In dev, a file with invalid frontmatter must not stop the server (Astro's content sync would):
 * Destek's own check has reported it, and every page shows that report until the file is fixed
 * (src/integration/dev-content-errors.ts). Such an entry is kept as a draft with safe defaults.
 * A build never gets here with invalid content: the check stops it first.
 */
const lenientInDev = import.meta.env.DEV;
const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);
const articleSchema = lenientInDev
	? ArticleFrontmatterSchema.catch(({ input }): ArticleFrontmatter => {
			const data = (input ?? {}) as Record<string, unknown>;
			return {
				title: text(data.title, '…'),
				description: text(data.description, '…'),
				updated: new Date(0),
				tags: [],
				order: Number.MAX_SAFE_INTEGER,
				draft: true,
				keywords: [],
				related: [],
			};
		})
	: ArticleFrontmatterSchema;
const categorySchema = lenientInDev
	? CategorySchema.catch(({ input }): CategoryData => ({ title: text((input as Record<string, unknown> | undefined)?.title, '…'), description: '' }))
	: CategorySchema;

/**
 * Articles and categories, read from `content/`. Ids are paths without extension
 * (`tr/iade/iade-sureci`, `tr/iade`): the content check has already made sure every path is a
 * valid URL, so no slugifying happens here.
 */
export const collections = {
	articles: defineCollection({
		loader: glob({
			pattern: '*/*/*.md',
			base: config.contentDir,
			generateId: ({ entry }) => entry.replace(/\.md$/, ''),
			// The dev server renders on request, so an edited UI string (callout titles are
			// translated while rendering) shows up without clearing Astro's content cache.
			deferRender: import.meta.env.DEV,
		}),
		schema: articleSchema,
	}),
	categories: defineCollection({
		loader: glob({
			pattern: '*/*/_category.{yml,yaml}',
			base: config.contentDir,
			generateId: ({ entry }) => entry.replace(/\/_category\.ya?ml$/, ''),
		}),
		schema: categorySchema,
	}),
};
