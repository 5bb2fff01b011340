import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import type { ContentModel } from '../catalog/content-model.ts';
import type { PublishedArticle } from '../catalog/content-index-model.ts';
import { prepareArticleForIndex, type SearchableArticle } from '../search/prepare-page.ts';
import { createUrlBuilder } from '../utils/urls.ts';

interface IndexedArticle extends SearchableArticle {
	/** Where Pagefind's results point, without the base path (Pagefind adds its bundle's own). */
	url: string;
	/** The built page under `dist/`. */
	file: string;
	displayPath: string;
}

export interface SearchIndexer {
	/** Astro's prerenderer, handing every article page to Pagefind as soon as it is rendered. */
	wrap(prerenderer: AstroPrerenderer): AstroPrerenderer;
	/** Indexes what was not seen while rendering (read from `dist/`) and writes `dist/pagefind/`. */
	finish(dist: string): Promise<void>;
}

/**
 * The search index, built with Pagefind's Node API: one index per locale (Pagefind splits by
 * `<html lang>`), only articles written in that locale (fallback pages would repeat the default
 * locale's text), never drafts. Every Pagefind response is checked.
 *
 * Pagefind indexes in its own process, so pages are sent to it while Astro renders the others:
 * on a 15,000-article site that overlap took most of the index's time off the build.
 */
export async function startSearchIndex(options: {
	content: ContentModel<PublishedArticle>;
	base: string;
	logger: AstroIntegrationLogger;
}): Promise<SearchIndexer> {
	const { content, base, logger } = options;
	const pageUrls = createUrlBuilder(base);
	const indexUrls = createUrlBuilder('/');
	const waiting = new Map<string, IndexedArticle>();
	for (const locale of content.locales) {
		for (const category of content.categories(locale)) {
			for (const { id, slug, isFallback, source: article } of category.articles) {
				if (isFallback) continue;
				waiting.set(decodeURI(pageUrls.article(locale, id)), {
					locale,
					title: article.data.title,
					description: article.data.description,
					category: category.title,
					tags: article.data.tags,
					keywords: article.data.keywords,
					url: indexUrls.article(locale, id),
					file: join(locale, category.id, slug, 'index.html'),
					displayPath: article.file.displayPath,
				});
			}
		}
	}
	const total = waiting.size;

	const { index, errors } = await pagefind.createIndex({});
	failOn(errors, 'create the search index');
	const adding: Array<Promise<void>> = [];
	let failure: Error | undefined;
	const add = (article: IndexedArticle, html: string) => {
		const added = (async () => {
			const result = await index!.addHTMLFile({ url: article.url, content: prepareArticleForIndex(html, article) });
			failOn(result.errors, `index ${article.displayPath}`);
		})();
		// Kept, and thrown by finish(): a rejection left alone would end the build with a stack trace.
		adding.push(added.catch((error: unknown) => void (failure ??= error instanceof Error ? error : new Error(String(error)))));
	};

	return {
		wrap: (prerenderer) => ({
			...prerenderer,
			name: `${prerenderer.name}+destek-search`,
			async render(request, renderOptions) {
				const rendered = await prerenderer.render(request, renderOptions);
				const path = decodeURI(new URL(request.url).pathname);
				const article = waiting.get(path);
				const response = rendered instanceof Response ? rendered : rendered.response;
				if (!article || response.status !== 200) return rendered;
				waiting.delete(path);
				// Bytes are handed back to Astro as they are: decoding is needed for the index, encoding again is not.
				const bytes = await response.arrayBuffer();
				add(article, decoder.decode(bytes));
				const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
				return rendered instanceof Response ? copy : { ...rendered, response: copy };
			},
		}),
		async finish(dist) {
			try {
				const whileRendering = total - waiting.size;
				// Normally none: pages Astro rendered some other way are read back from dist/.
				for (const article of waiting.values()) add(article, await readFile(join(dist, article.file), 'utf8'));
				await Promise.all(adding);
				if (failure) throw failure;
				const written = await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
				failOn(written.errors, 'write the search index');
				const readBack = total - whileRendering;
				logger.info(`Search index: ${total} articles in ${content.locales.length} languages${readBack ? ` (${readBack} read back from dist/)` : ''}`);
			} finally {
				await pagefind.close();
			}
		},
	};
}

const decoder = new TextDecoder();

function failOn(errors: string[], action: string): void {
	if (errors.length)
		throw new AstroError(`Could not ${action}: ${errors.join('; ')}`, 'This is a bug in Destek or Pagefind; please report it with the message above.');
}
