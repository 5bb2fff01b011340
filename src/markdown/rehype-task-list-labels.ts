import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const BLOCK = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'pre', 'table']);

/**
 * GitHub task lists render bare checkboxes, which screen readers announce without their text.
 * Wrapping the checkbox and the item's first line in a `<label>` names each one.
 */
export const rehypeTaskListLabels: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node: Element) => {
		if (node.tagName !== 'li' || !String(node.properties.className ?? '').includes('task-list-item')) return;
		// Loose lists put the checkbox inside a paragraph.
		const holder = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p') ?? node;
		const index = holder.children.findIndex((child) => child.type === 'element' && child.tagName === 'input');
		if (index === -1) return;
		let end = index + 1;
		while (end < holder.children.length && !isBlock(holder.children[end]!)) end++;
		const label = h('label', holder.children.slice(index, end));
		holder.children.splice(index, end - index, label);
	});
};

function isBlock(node: ElementContent): boolean {
	return node.type === 'element' && BLOCK.has(node.tagName);
}
