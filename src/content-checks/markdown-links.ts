import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Inline links and images `](`, reference links `][` and definitions `]:`. */
const MAY_HAVE_LINKS = /\]\s*[(\[:]/;

export interface MarkdownLink {
	kind: 'link' | 'image';
	url: string;
	alt?: string | null | undefined;
	line: number;
	column: number;
}

/** Links and images of a Markdown body, with lines counted from `firstLine`. */
export function collectLinks(body: string, firstLine: number): MarkdownLink[] {
	// Parsing is most of the check's time (a few ms per article): skip it where no link can be.
	if (!MAY_HAVE_LINKS.test(body)) return [];
	const tree = parser.parse(body) as Root;
	const links: MarkdownLink[] = [];
	visit(tree, ['link', 'image', 'definition'], (node) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
		const start = node.position?.start ?? { line: 1, column: 1 };
		links.push({
			kind: node.type === 'image' ? 'image' : 'link',
			url: node.url,
			alt: node.type === 'image' ? node.alt : undefined,
			line: start.line + firstLine - 1,
			column: start.column,
		});
	});
	return links;
}
