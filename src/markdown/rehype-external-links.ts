import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { localeOfFile, type MarkdownContext } from './file-context.ts';

/**
 * Links leaving the help center get `rel="noopener noreferrer"`, a class for the outward-arrow
 * style and a visually hidden, translated "(external site)" so screen readers announce them too.
 * They open in the same tab: a new tab surprises people on phones and with assistive technology.
 */
export const rehypeExternalLinks: Plugin<[MarkdownContext], Root> = (context) => (tree, file) => {
	const label = context.translate(localeOfFile(file, context), 'link.external');
	visit(tree, 'element', (node: Element) => {
		if (node.tagName !== 'a') return;
		const href = String(node.properties.href ?? '');
		if (!/^(https?:)?\/\//i.test(href)) return;
		node.properties.rel = ['noopener', 'noreferrer'];
		node.properties.className = [...toList(node.properties.className), 'external-link'];
		node.children.push(h('span.visually-hidden', ` (${label})`));
	});
};

function toList(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}
