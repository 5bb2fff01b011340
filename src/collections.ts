import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import config from 'virtual:destek/config';
import { ArticleFrontmatterSchema } from './schemas/article.ts';
import { CategorySchema } from './schemas/category.ts';

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
		schema: ArticleFrontmatterSchema,
	}),
	categories: defineCollection({
		loader: glob({
			pattern: '*/*/_category.{yml,yaml}',
			base: config.contentDir,
			generateId: ({ entry }) => entry.replace(/\/_category\.ya?ml$/, ''),
		}),
		schema: CategorySchema,
	}),
};
