import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { localeOfFile, type MarkdownContext } from './file-context.ts';

export const CALLOUT_KINDS = ['note', 'tip', 'warning', 'danger'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/**
 * `:::tip` … `:::` (or `:::warning[Custom title]`) becomes
 * `<aside class="callout callout-tip" aria-label="İpucu"><p class="callout-title">İpucu</p>…</aside>`.
 * The default title is the translated name of the kind, in the article's language.
 */
export const remarkCallouts: Plugin<[MarkdownContext], Root> = (context) => (tree, file) => {
	const locale = localeOfFile(file, context);
	visit(tree, 'containerDirective', (node: ContainerDirective) => {
		if (!(CALLOUT_KINDS as readonly string[]).includes(node.name)) return;
		const kind = node.name as CalloutKind;
		const first = node.children[0];
		const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
		const label = hasLabel ? first : undefined;
		const body = hasLabel ? node.children.slice(1) : node.children;
		const titleText = label ? plainText(label) : context.translate(locale, `callout.${kind}`);
		const title: Paragraph = {
			type: 'paragraph',
			data: { hName: 'p', hProperties: { className: ['callout-title'] } },
			children: label ? label.children : [{ type: 'text', value: titleText }],
		};
		node.data = {
			hName: 'aside',
			hProperties: { className: ['callout', `callout-${kind}`], ariaLabel: titleText, dataCallout: kind },
		};
		node.children = [title, ...body];
	});
};

function plainText(node: Paragraph): string {
	let text = '';
	visit(node, 'text', (child) => {
		text += child.value;
	});
	return text;
}
