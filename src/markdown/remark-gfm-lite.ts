import type { Nodes, Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Processor } from 'unified';

/** What a bare link or address in text must contain; texts without any skip the search for them. */
const MAYBE_LINK = /@|www\.|https?:|mailto:|xmpp:/i;

/**
 * GitHub Flavored Markdown (tables, task lists, strikethrough, footnotes, bare links) like
 * remark-gfm, except that bare URLs and e-mail addresses are found in the text once it is parsed
 * (mdast-util-gfm's own pass, run only when some text could hold one) instead of by micromark's
 * character-by-character autolink scanner, which made parsing an article a third slower. The one
 * difference: in `www.x.com/_a_` the underscores read as emphasis, not as part of the address.
 */
export function remarkGfmLite(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]));
	const extensions = gfmFromMarkdown().map((extension) =>
		extension.transforms ? { ...extension, transforms: extension.transforms.map((transform) => (tree: Root) => (mayHoldLink(tree) ? transform(tree) : undefined)) } : extension,
	);
	(data.fromMarkdownExtensions ??= []).push(extensions);
}

function mayHoldLink(node: Nodes): boolean {
	if (node.type === 'text') return MAYBE_LINK.test(node.value);
	return 'children' in node && node.children.some(mayHoldLink);
}
