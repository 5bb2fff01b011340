import { unified, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { createArticleRenderer } from '../markdown/article-renderer.ts';
import { markdownPlugins } from '../markdown/markdown-plugins.ts';
import { markdownContext, type MarkdownSetup } from '../markdown/markdown-setup.ts';
import { createParallelRenderer } from '../markdown/parallel-renderer.ts';

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
		createRenderer: (shared: AstroMarkdownOptions) =>
			(renderer ??= threads < 1 ? inProcess(shared) : createParallelRenderer(shared, setup, threads, () => inProcess(shared))),
	};
}
