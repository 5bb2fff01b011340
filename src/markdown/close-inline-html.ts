import type { Element, ElementContent, Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';

/** Blocks whose content is a line of text: raw HTML opened inside one ends with it. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'summary']);
/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Closes, at the end of its paragraph (or heading, table cell…), every tag that raw HTML opened in
 * it and left open. Left open, the HTML parser carries a formatting tag into every later block: after
 * `<strong>` alone in a paragraph (GFM example 657) the rest of the article turned bold. GitHub's page
 * does the same as a browser would; an article should not, since one stray tag must not restyle it.
 * HTML blocks between paragraphs (`<div>`, Markdown, `</div>`) are left as written.
 */
export function closeInlineHtml(tree: Root): void {
	const visit = (node: Root | Element) => {
		for (const child of node.children) if (child.type === 'element') visit(child);
		if (node.type === 'element' && TEXT_BLOCKS.has(node.tagName)) {
			const open = openTags(node.children);
			for (const name of open.reverse()) node.children.push({ type: 'raw', value: `</${name}>` } satisfies Raw);
		}
	};
	visit(tree);
}

/** Tags raw HTML among these nodes opens and does not close, in the order they were opened. */
function openTags(nodes: ElementContent[]): string[] {
	const open: string[] = [];
	const read = (node: ElementContent | Raw) => {
		if (node.type === 'raw') {
			for (const [, closing, tag, selfClosing] of node.value.matchAll(TAG)) {
				const name = tag!.toLowerCase();
				if (VOID.has(name) || selfClosing) continue;
				if (!closing) open.push(name);
				else if (open.includes(name)) open.splice(open.lastIndexOf(name));
			}
		} else if (node.type === 'element') for (const child of node.children) read(child);
	};
	for (const node of nodes) read(node);
	return open;
}
