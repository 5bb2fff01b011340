import { rehypeHeadingIds, remarkCollectImages, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { raw } from 'hast-util-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypeAstroImages } from './rehype-astro-images.ts';
import { hasRaw } from './rehype-sanitize-html.ts';

/** The article pipeline's plugins; `remarkRehypeFor` gives remark-rehype options for one article (labels in its language). */
export interface ArticlePlugins {
	remarkPlugins: PluggableList;
	rehypePlugins: PluggableList;
	remarkRehypeFor?: (file: VFile) => RemarkRehypeOptions;
}

/**
 * Renders an article the way Astro's `unified` processor does (remark, the plugins, Astro's image
 * and heading steps, HTML), minus what Destek never needs: Shiki, and a full re-parse of every
 * article through parse5 (rehype-raw) when it holds no raw HTML, which is almost always. Used on
 * the main thread in dev and on worker threads in builds, so both give the same HTML.
 */
export function createArticleRenderer(shared: Pick<AstroMarkdownOptions, 'image'>, plugins: ArticlePlugins): MarkdownRenderer {
	const processor = unified()
		.use(remarkParse)
		.use(plugins.remarkPlugins)
		.use(remarkCollectImages, shared.image)
		.use(remarkRehypePerArticle, plugins.remarkRehypeFor)
		.use(plugins.rehypePlugins)
		.use(rehypeAstroImages)
		.use(rehypeHeadingIds)
		.use(rehypeRawWhenPresent)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return {
		async render(content, options) {
			const file = new VFile({ value: content, path: options?.fileURL, data: { astro: { frontmatter: options?.frontmatter ?? {} } } });
			const result = await processor.process(file);
			const astro = result.data.astro ?? {};
			return {
				code: String(result.value),
				metadata: {
					headings: astro.headings ?? [],
					localImagePaths: astro.localImagePaths ?? [],
					remoteImagePaths: astro.remoteImagePaths ?? [],
					frontmatter: astro.frontmatter ?? {},
				},
			};
		},
	};
}

/** Raw HTML left in the tree (by a plugin) is parsed into elements; trees without any are left alone. */
function rehypeRawWhenPresent() {
	return (tree: Root, file: VFile) => (hasRaw(tree) ? (raw(tree, { file }) as Root) : tree);
}

/** remark-rehype as Astro configures it, plus the options of this one article. */
function remarkRehypePerArticle(optionsFor: (file: VFile) => RemarkRehypeOptions = () => ({})) {
	return (tree: MdastRoot, file: VFile) => remarkRehype({ allowDangerousHtml: true, passThrough: [], ...optionsFor(file) })(tree, file);
}
