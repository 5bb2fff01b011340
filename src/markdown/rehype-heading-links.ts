import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { Plugin, Transformer } from 'unified';
import { localeOfFile, type MarkdownContext } from './file-context.ts';
import { isHiddenHeading } from './footnote-labels.ts';

/**
 * Adds a "#" link after every h2–h4 (ids come from rehype-heading-ids) so customers and agents can share
 * a link to one step. The link's accessible name is translated and names the section.
 */
export const rehypeHeadingLinks: Plugin<[MarkdownContext], Root> = (context) => (tree, file) => {
	const locale = localeOfFile(file, context);
	const transform = rehypeAutolinkHeadings({
		behavior: 'append',
		test: (heading: Element) => ['h2', 'h3', 'h4'].includes(heading.tagName) && !isHiddenHeading(heading),
		// Out of the Tab order: a keyboard user would meet one per section; the link still works with a click or a long press.
		properties: { className: ['heading-link'], tabIndex: -1 },
		content: (heading: Element) => [
			h('span', { ariaHidden: 'true' }, '#'),
			h('span.visually-hidden', context.translate(locale, 'heading.link', { title: toString(heading) })),
		],
	}) as unknown as Transformer<Root, Root>;
	return transform(tree, file, () => undefined);
};
