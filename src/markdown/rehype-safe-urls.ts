import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Schemes a help article may link to or load from; anything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'srcSet'];

/**
 * Markdown happily writes `[text](javascript:…)` or `![](data:…)` as a link or image; a visitor
 * clicking it would run the writer's (or an attacker's) script wherever no Content-Security-Policy
 * stops it. Links with such an address keep their text and lose the link; such images are removed.
 */
export function rehypeSafeUrls() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			const unsafe = URL_PROPERTIES.filter((name) => name in node.properties && !isSafeUrl(String(node.properties[name])));
			if (unsafe.length === 0) return undefined;
			if (node.tagName === 'img' && parent && index !== undefined) {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			for (const name of unsafe) delete node.properties[name];
			return undefined;
		});
	};
}

/** Relative addresses and the safe schemes; spaces and control characters browsers ignore are ignored here too. */
export function isSafeUrl(value: string): boolean {
	// eslint-disable-next-line no-control-regex
	const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = compact.match(/^([a-z][a-z0-9+.-]*):/i)?.[1];
	return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}
