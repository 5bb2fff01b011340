import { unified, type AstroMarkdownOptions, type MarkdownRenderer, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { createArticleRenderer } from '../markdown/article-renderer.ts';
import remarkDirective from 'remark-directive';
import type { MarkdownContext } from '../markdown/file-context.ts';
import { createParallelRenderer } from '../markdown/parallel-renderer.ts';
import { createTranslator } from '../i18n/create-translator.ts';
import type { TranslationResources } from '../i18n/load-translations.ts';
import { rehypeCollectToc } from '../markdown/rehype-collect-toc.ts';
import { rehypeHeadingIds } from '../markdown/rehype-heading-ids.ts';
import { rehypeTaskListLabels } from '../markdown/rehype-task-list-labels.ts';
import { rehypeExternalLinks } from '../markdown/rehype-external-links.ts';
import { rehypeHeadingLinks } from '../markdown/rehype-heading-links.ts';
import { rehypeSafeUrls } from '../markdown/rehype-safe-urls.ts';
import { rehypeSanitizeHtml, type AllowHtml } from '../markdown/rehype-sanitize-html.ts';
import { remarkArticleLinks } from '../markdown/remark-article-links.ts';
import { remarkCallouts } from '../markdown/remark-callouts.ts';
import { remarkFaq } from '../markdown/remark-faq.ts';
import { remarkGfmLite } from '../markdown/remark-gfm-lite.ts';
import { remarkReadingTime } from '../markdown/remark-reading-time.ts';
import { remarkRemoveRawHtml } from '../markdown/remark-remove-raw-html.ts';
import { remarkRestoreDirectives } from '../markdown/remark-restore-directives.ts';

/** What the pipeline is built from: plain data, so worker threads can build the same one. */
export interface MarkdownSetup {
	contentRoot: string;
	defaultLocale: string;
	resources: TranslationResources;
	renderDigest: string;
	/** `markdown.allowHtml`; a safe set of tags when not given. */
	allowHtml?: AllowHtml;
}

/**
 * The remark/rehype pipeline for articles. Astro 7 defaults to its native Markdown engine, which
 * runs no unified plugins; Destek keeps unified for directives, FAQ blocks and link rewriting.
 * With `threads`, articles are rendered on that many worker threads (builds; dev renders in-process).
 */
export function markdownProcessor(setup: MarkdownSetup, { threads = 0 }: { threads?: number } = {}) {
	const plugins = markdownPlugins(markdownContext(setup));
	const processor = unified(plugins);
	const inProcess = async (shared: AstroMarkdownOptions) => createArticleRenderer(shared, plugins);
	// Astro asks for a renderer from several places at once; they all share one (and one pool of workers).
	let renderer: Promise<MarkdownRenderer> | undefined;
	return {
		...processor,
		createRenderer: (shared: AstroMarkdownOptions) => (renderer ??= threads < 1 ? inProcess(shared) : createParallelRenderer(shared, setup, threads, () => inProcess(shared))),
	};
}

export function markdownContext(setup: MarkdownSetup): MarkdownContext {
	const t = createTranslator(setup.resources, setup.defaultLocale);
	return { ...setup, translate: (locale, key, options) => t(locale)(key, options ?? {}) };
}

/** The plugin lists on their own, for rendering outside Astro (tests, tools). */
export function markdownPlugins(context: MarkdownContext) {
	return {
		remarkPlugins: [
			remarkGfmLite,
			remarkDirective,
			...(context.allowHtml === false ? [remarkRemoveRawHtml] : []),
			[remarkCallouts, context],
			remarkFaq,
			remarkRestoreDirectives,
			[remarkArticleLinks, context],
			remarkReadingTime,
		],
		rehypePlugins: [[rehypeSanitizeHtml, context.allowHtml ?? { iframeHosts: [] }], rehypeHeadingIds, rehypeCollectToc, [rehypeHeadingLinks, context], [rehypeExternalLinks, context], rehypeTaskListLabels, rehypeSafeUrls],
		// Typographic quotes would change what customers copy (order codes, commands).
		smartypants: false,
		// remarkGfmLite instead: the same syntax, parsed faster.
		gfm: false,
	} satisfies UnifiedProcessorOptions;
}
