import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { localeOfFile, type MarkdownContext } from './file-context.ts';
import { footnoteLabels } from './footnote-labels.ts';
import { rehypeCollectToc } from './rehype-collect-toc.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { rehypeSanitizeHtml } from './rehype-sanitize-html.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { remarkBlockDirectives } from './remark-block-directives.ts';
import { remarkArticleLinks } from './remark-article-links.ts';
import { remarkCallouts } from './remark-callouts.ts';
import { remarkFaq } from './remark-faq.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkRemoveRawHtml } from './remark-remove-raw-html.ts';
import { remarkRestoreDirectives } from './remark-restore-directives.ts';

/** The plugin lists of the article pipeline, for Astro's processor and for rendering outside Astro (tests, tools, workers). */
export function markdownPlugins(context: MarkdownContext) {
	const options = {
		remarkPlugins: [
			// GitHub's own rules, bare links included: writers preview articles on GitHub.
			remarkGfm,
			remarkBlockDirectives,
			...(context.allowHtml === false ? [remarkRemoveRawHtml] : []),
			[remarkCallouts, context],
			remarkFaq,
			remarkRestoreDirectives,
			[remarkArticleLinks, context],
			remarkReadingTime,
		],
		rehypePlugins: [
			[rehypeSanitizeHtml, context.allowHtml ?? { iframeHosts: [] }],
			rehypeHeadingIds,
			rehypeCollectToc,
			[rehypeHeadingLinks, context],
			[rehypeExternalLinks, context],
			rehypeTaskListLabels,
			rehypeSafeUrls,
		],
		// Typographic quotes would change what customers copy (order codes, commands).
		smartypants: false,
		// remark-gfm is first in the list above, before the directives; Astro's switch would add it a second time.
		gfm: false,
	} satisfies UnifiedProcessorOptions;
	// Per article, so the article renderer can word footnotes in each article's language.
	return { ...options, remarkRehypeFor: (file: VFile) => footnoteLabels(context, localeOfFile(file, context)) };
}
