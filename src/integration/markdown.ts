import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { MarkdownContext } from '../markdown/file-context.ts';
import { rehypeCollectToc } from '../markdown/rehype-collect-toc.ts';
import { rehypeHeadingIds } from '../markdown/rehype-heading-ids.ts';
import { rehypeTaskListLabels } from '../markdown/rehype-task-list-labels.ts';
import { rehypeExternalLinks } from '../markdown/rehype-external-links.ts';
import { rehypeHeadingLinks } from '../markdown/rehype-heading-links.ts';
import { remarkArticleLinks } from '../markdown/remark-article-links.ts';
import { remarkCallouts } from '../markdown/remark-callouts.ts';
import { remarkFaq } from '../markdown/remark-faq.ts';
import { remarkReadingTime } from '../markdown/remark-reading-time.ts';
import { remarkRemoveRawHtml } from '../markdown/remark-remove-raw-html.ts';
import { remarkRestoreDirectives } from '../markdown/remark-restore-directives.ts';

/**
 * The remark/rehype pipeline for articles. Astro 7 defaults to its native Markdown engine, which
 * runs no unified plugins; Destek keeps unified for directives, FAQ blocks and link rewriting.
 */
export function markdownProcessor(context: MarkdownContext) {
	return unified(markdownPlugins(context));
}

/** The plugin lists on their own, for rendering outside Astro (tests, tools). */
export function markdownPlugins(context: MarkdownContext) {
	return {
		remarkPlugins: [
			remarkDirective,
			remarkRemoveRawHtml,
			[remarkCallouts, context],
			remarkFaq,
			remarkRestoreDirectives,
			[remarkArticleLinks, context],
			remarkReadingTime,
		],
		rehypePlugins: [rehypeHeadingIds, rehypeCollectToc, [rehypeHeadingLinks, context], [rehypeExternalLinks, context], rehypeTaskListLabels],
		// Typographic quotes would change what customers copy (order codes, commands).
		smartypants: false,
	} satisfies UnifiedProcessorOptions;
}
