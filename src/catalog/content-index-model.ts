import type { CheckedArticle, ContentIndex } from '../content-checks/content-types.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { createContentModel, type ContentModel } from './content-model.ts';

/** A checked article file with valid frontmatter, not a draft. */
export type PublishedArticle = CheckedArticle & { data: ArticleFrontmatter };

/**
 * The content model from the files the build's content checks read, for what the build writes
 * besides pages (search index, social cards, sitemap), so they show what the pages show.
 */
export function contentModelOf(index: ContentIndex, options: { locales: string[]; defaultLocale: string }): ContentModel<PublishedArticle> {
	const written = new Map<string, Map<string, PublishedArticle>>();
	for (const [locale, articles] of index.articles) {
		written.set(locale, new Map([...articles].filter((entry): entry is [string, PublishedArticle] => !!entry[1].data && !entry[1].data.draft)));
	}
	return createContentModel({ ...options, written, categories: index.categories });
}
