import type { Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { createHeadingSlugger } from '../utils/heading-slug.ts';
import { htmlBlock } from './mdast-element.ts';

export interface FaqItem {
	question: string;
	/** Plain text of the answer, for structured data (FAQPage) and search. */
	answer: string;
}

/**
 * `:::faq` with one `### Question` heading per item becomes an accordion of `<details>`:
 * the question is the `<summary>`, the following blocks the answer. The items are also stored in
 * the page's frontmatter (`faq`) for structured data.
 */
export const remarkFaq: Plugin<[], Root> = () => (tree, file) => {
	const items: FaqItem[] = [];
	const slug = createHeadingSlugger();
	visit(tree, 'containerDirective', (node: ContainerDirective) => {
		if (node.name !== 'faq') return;
		const groups: Array<{ heading: Heading; answer: RootContent[] }> = [];
		for (const child of node.children) {
			if (child.type === 'heading') groups.push({ heading: child, answer: [] });
			else if (groups.length) groups.at(-1)!.answer.push(child);
			else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) {
				file.message('Text before the first question in a :::faq block is not shown; start each question with ###', child.position);
			}
		}
		node.data = { hName: 'div', hProperties: { className: ['faq'] } };
		node.children = groups.map(({ heading, answer }) => {
			const question = toString(heading);
			items.push({ question, answer: answer.map((n) => toString(n)).join('\n\n') });
			return htmlBlock('details', { className: ['faq-item'], id: `faq-${slug(question)}` }, [
				htmlBlock('summary', {}, heading.children),
				htmlBlock('div', { className: ['faq-answer'] }, answer as ContainerDirective['children']),
			]);
		});
	});
	if (items.length) {
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		(astro.frontmatter ??= {}).faq = items;
	}
};
