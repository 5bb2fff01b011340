import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { closeInlineHtml } from './close-inline-html.ts';
import { filterDisallowedTags } from './gfm-tagfilter.ts';

/** Which raw HTML articles may hold (`markdown.allowHtml`); `false` removes all of it. */
export type AllowHtml = false | { iframeHosts: string[] };

/**
 * Elements raw HTML in an article may use: GitHub's list (formatting, tables, lists, details,
 * images…) and a few more for help articles. Never script, style, iframe (unless its host is
 * listed), object, form, input, meta, link or base.
 */
export function allowedHtmlTags(allow: AllowHtml): Set<string> {
	if (allow === false) return new Set();
	return new Set([
		...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
		'aside',
		'mark',
		'abbr',
		'figure',
		'figcaption',
		'section',
		...(allow.iframeHosts.length ? ['iframe'] : []),
	]);
}

/**
 * Raw HTML a writer put in an article, parsed and cut down to an allowlist (hast-util-sanitize):
 * no scripts, styles or event handlers (`onclick`), no `style` attributes, addresses only http(s),
 * mailto and tel, iframes only from `iframeHosts` (video players). Runs before Destek's own rehype
 * plugins, so their markup is not affected; articles without raw HTML skip it.
 */
export function rehypeSanitizeHtml(allow: AllowHtml = { iframeHosts: [] }) {
	const schema = sanitizeSchema(allow);
	return (tree: Root, file: VFile) => {
		if (!hasRaw(tree)) return tree;
		filterDisallowedTags(tree);
		closeInlineHtml(tree);
		const parsed = raw(tree, { file }) as Root;
		const clean = sanitize(parsed, schema) as Root;
		if (allow !== false && allow.iframeHosts.length) dropIframesFromOtherHosts(clean, allow.iframeHosts);
		return clean;
	};
}

export function sanitizeSchema(allow: AllowHtml): Schema {
	const attributes = defaultSchema.attributes ?? {};
	return {
		...defaultSchema,
		tagNames: [...allowedHtmlTags(allow), 'input'],
		// Markdown's own output that comes through here too: callouts, FAQ, task lists, footnotes, tables.
		attributes: {
			...attributes,
			'*': [
				...(attributes['*'] ?? []),
				'className',
				'ariaLabel',
				'ariaHidden',
				'ariaDescribedBy',
				'ariaLabelledBy',
				'role',
				'dataFootnotes',
				'dataFootnoteRef',
				'dataFootnoteBackref',
				'dataCallout',
				'dataFaq',
			],
			input: [['type', 'checkbox'], ['disabled', true], 'checked'],
			iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading'],
			abbr: ['title'],
		},
		protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
		// Task list checkboxes are the only inputs: any other becomes a disabled checkbox.
		required: { ...defaultSchema.required, input: { type: 'checkbox', disabled: true } },
		// Removed with their content, not just their tags.
		strip: ['script', 'style', 'template', 'noscript'],
		// Ids stay as written: headings and FAQ anchors are linked to by them.
		clobber: [],
		clobberPrefix: '',
	};
}

function dropIframesFromOtherHosts(node: Root | Root['children'][number], hosts: string[]): void {
	if (!('children' in node)) return;
	node.children = node.children.filter((child) => {
		if (child.type !== 'element' || child.tagName !== 'iframe') return true;
		try {
			const url = new URL(String(child.properties.src ?? ''));
			return url.protocol === 'https:' && hosts.includes(url.hostname);
		} catch {
			return false;
		}
	});
	for (const child of node.children) dropIframesFromOtherHosts(child, hosts);
}

/** Whether a tree still holds raw HTML (a `raw` node anywhere). */
export function hasRaw(node: { type: string; children?: unknown[] }): boolean {
	return node.type === 'raw' || (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }));
}
