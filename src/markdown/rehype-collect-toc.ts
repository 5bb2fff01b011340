import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isHiddenHeading } from './footnote-labels.ts';

export interface TocEntry {
	depth: number;
	slug: string;
	text: string;
}

/**
 * Records h2/h3 headings (id and plain text) in the page's frontmatter as `toc`. It runs after
 * rehype-heading-ids and before heading links are appended, whose hidden labels would otherwise end up
 * in Astro's own heading texts.
 */
export const rehypeCollectToc: Plugin<[], Root> = () => (tree, file) => {
	const toc: TocEntry[] = [];
	visit(tree, 'element', (node) => {
		const depth = headingRank(node);
		if (depth !== 2 && depth !== 3) return;
		if (typeof node.properties.id !== 'string' || isHiddenHeading(node)) return;
		toc.push({ depth, slug: node.properties.id, text: toString(node).trim() });
	});
	const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
	(astro.frontmatter ??= {}).toc = toc;
};
