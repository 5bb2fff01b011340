import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { createHeadingSlugger } from '../utils/heading-slug.ts';

/** Gives every heading an `id` (as rehype-slug does) using the Turkish-aware slugger. */
export const rehypeHeadingIds: Plugin<[], Root> = () => (tree) => {
	const slug = createHeadingSlugger();
	visit(tree, 'element', (node) => {
		if (!headingRank(node) || node.properties.id) return;
		node.properties.id = slug(toString(node));
	});
};
