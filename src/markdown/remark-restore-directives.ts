import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

/**
 * A line such as `::yalnız` reads as a leaf directive, which Destek does not use; it is turned back
 * into the text the writer typed, so no words disappear from an article. (Inline `:name` is never
 * parsed: see remark-block-directives.ts.)
 */
export const remarkRestoreDirectives: Plugin<[], Root> = () => (tree) => {
	visit(tree, ['textDirective', 'leafDirective'], (node, index, parent) => {
		if (!parent || index === undefined || (node.type !== 'textDirective' && node.type !== 'leafDirective')) return undefined;
		const marker = node.type === 'textDirective' ? ':' : '::';
		const label = node.children.length ? `[${toString(node)}]` : '';
		const text: Text = { type: 'text', value: `${marker}${node.name}${label}` };
		const replacement = node.type === 'leafDirective' ? { type: 'paragraph' as const, children: [text] } : text;
		parent.children.splice(index, 1, replacement as never);
		return [SKIP, index + 1];
	});
};
