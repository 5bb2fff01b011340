import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Raw HTML in articles is dropped: it bypasses the accessible, translated components and could
 * carry scripts into the help center. The content check tells writers which lines were removed.
 */
export const remarkRemoveRawHtml: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'html', (_node, index, parent) => {
		if (parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
};
