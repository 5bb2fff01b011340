import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import type { ContentIndex } from '../content-checks/check-content.ts';
import { prepareArticleForIndex } from '../search/prepare-page.ts';
import { splitArticleId } from '../utils/article-path.ts';
import { createUrlBuilder } from '../utils/urls.ts';

/**
 * Indexes the built articles with Pagefind's Node API into `dist/pagefind/`: one index per locale
 * (Pagefind splits by `<html lang>`), only articles written in that locale (fallback pages would
 * repeat the default locale's text), never drafts. Every Pagefind response is checked.
 */
export async function writeSearchIndex(options: {
	dist: string;
	content: ContentIndex;
	defaultLocale: string;
	logger: AstroIntegrationLogger;
}): Promise<void> {
	const { dist, content, defaultLocale, logger } = options;
	// Pagefind puts the bundle's own base path in front of result URLs; give it paths without it.
	const urls = createUrlBuilder('/');
	const { index, errors } = await pagefind.createIndex({});
	failOn(errors, 'create the search index');
	let pages = 0;
	try {
		for (const [locale, articles] of content.articles) {
			for (const [id, article] of articles) {
				if (!article.data || article.data.draft) continue;
				const { category, slug } = splitArticleId(id);
				const html = await readFile(join(dist, locale, category, slug, 'index.html'), 'utf8');
				const categoryTitle = (content.categories.get(locale)?.get(category) ?? content.categories.get(defaultLocale)?.get(category))?.title ?? category;
				const prepared = prepareArticleForIndex(html, {
					locale,
					title: article.data.title,
					description: article.data.description,
					category: categoryTitle,
					tags: article.data.tags,
					keywords: article.data.keywords,
				});
				const added = await index!.addHTMLFile({ url: urls.article(locale, id), content: prepared });
				failOn(added.errors, `index ${article.file.displayPath}`);
				pages++;
			}
		}
		const written = await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
		failOn(written.errors, 'write the search index');
		logger.info(`Search index: ${pages} articles in ${content.articles.size} languages`);
	} finally {
		await pagefind.close();
	}
}

function failOn(errors: string[], action: string): void {
	if (errors.length) throw new AstroError(`Could not ${action}: ${errors.join('; ')}`, 'This is a bug in Destek or Pagefind; please report it with the message above.');
}
