import { posix } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isRelativeLink, resolveArticleLink } from '../utils/article-links.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

export interface RebasedBody {
	body: string;
	/** The links that changed, as written in the new body (`../../tr/iade/iade-kodu.png`). */
	rebased: string[];
}

/**
 * Points relative links to files (images, PDFs) in a body copied from `fromDir` to `toDir` (both
 * relative to the content folder, e.g. `tr/iade` → `en/iade`) back at the files next to the
 * original, so a fresh translation builds before its own screenshots exist. Links to articles
 * (`../kargo/x.md`) stay as written: they resolve in the translation's own locale, with fallback.
 */
export function rebaseFileLinks(body: string, fromDir: string, toDir: string): RebasedBody {
	if (fromDir === toDir) return { body, rebased: [] };
	const edits: Array<{ start: number; end: number; url: string }> = [];
	visit(parser.parse(body), ['link', 'image', 'definition'], (node) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined || !isRelativeLink(node.url) || node.url === '') return;
		if (resolveArticleLink(`${fromDir}/_.md`, node.url) !== null) return;
		// Only the destination is rewritten, found as written inside the node; it is searched from the
		// end so an image whose alt text repeats its file name keeps the alt text.
		const at = body.slice(start, end).lastIndexOf(node.url);
		if (at === -1) return;
		const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(node.url) ?? [];
		const url = posix.relative(toDir, posix.join(fromDir, path)) + rest;
		edits.push({ start: start + at, end: start + at + node.url.length, url });
	});
	let result = body;
	for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.url + result.slice(edit.end);
	return { body: result, rebased: edits.map((edit) => edit.url).reverse() };
}
