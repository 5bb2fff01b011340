import type { Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/** Tags whose content the HTML parser reads as plain text up to their end tag, or to the end of the page. */
const SWALLOWING = /<(title|textarea|xmp|noembed|noframes|plaintext|script|style|iframe)(?=[\t\n\f\r />])/gi;
/** Removed with their content, or kept for the listed iframe hosts, by rehype-sanitize-html, when closed. */
const SANITIZED_WHEN_CLOSED = new Set(['script', 'style', 'iframe']);

/**
 * GFM's "disallowed raw HTML" rule (spec section 6.11): these tags are shown as text instead of being
 * opened. Opened, an unclosed `<title>` or `<style>` swallows every later line of raw HTML, so the rest
 * of an article disappears or ends up inside whatever tag came before (a `<strong>`: all bold).
 * `script`, `style` and `iframe` closed later in the article are left to the sanitizer, as before.
 */
export function filterDisallowedTags(tree: Root): void {
	const raws: Raw[] = [];
	visit(tree, 'raw', (node) => void raws.push(node));
	// Inline HTML comes as one node per tag (`<style>`, text, `</style>`): the end tag may be in a later node.
	const values = raws.map((node) => node.value.toLowerCase());
	raws.forEach((node, index) => {
		node.value = node.value.replace(SWALLOWING, (tag: string, name: string, offset: number) => {
			const rest = values[index]!.slice(offset) + values.slice(index + 1).join('');
			return SANITIZED_WHEN_CLOSED.has(name.toLowerCase()) && rest.includes(`</${name.toLowerCase()}`) ? tag : `&lt;${name}`;
		});
	});
}
