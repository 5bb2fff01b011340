import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { foldLetters, hasUnfoldableLetters } from './fold.ts';

/** What the index needs to know about an article besides its HTML. */
export interface SearchableArticle {
	/** Language of the text, for lowercasing (`İ` → `i` in Turkish). */
	locale: string;
	title: string;
	description: string;
	category: string;
	tags: string[];
	keywords: string[];
}

/** Pagefind weights (1 for body text, 7 for the h1): synonyms count like a heading, the summary a bit more than text. */
const KEYWORD_WEIGHT = '5';
const DESCRIPTION_WEIGHT = '2';
/** Reading aids inside the article that are not its content. */
const IGNORED_CLASSES = ['heading-link', 'toc', 'visually-hidden', 'meta', 'fallback-notice'];

/**
 * The HTML Pagefind indexes for one article page; the page served to readers is not changed.
 * Only the article (title, description, body, FAQ) is indexed; words are folded the way queries are
 * (see fold.ts); `keywords` are added with a high weight; category and tags become filters. Words
 * that folding changed are kept in the `restore` meta, so results can show them as written.
 */
export function prepareArticleForIndex(html: string, article: SearchableArticle): string {
	const tree = fromHtml(html);
	const body = select('[data-search-body]', tree);
	if (!body) throw new Error('article page without [data-search-body]');
	body.properties.dataPagefindBody = '';

	const restore = new Map<string, string>();
	// Right after the title, so they belong to the article's opening and not to its last section;
	// results that match there show the description instead of an excerpt (render-results.ts).
	const summary = [h('p', { dataPagefindWeight: DESCRIPTION_WEIGHT }, article.description), h('p', { dataPagefindWeight: KEYWORD_WEIGHT }, article.keywords.join(', '))];
	const title = select('h1', body);
	let placed = false;
	visit(body, 'element', (node, index, parent) => {
		if (node !== title || !parent || index === undefined) return undefined;
		parent.children.splice(index + 1, 0, ...summary);
		placed = true;
		return EXIT;
	});
	if (!placed) body.children.push(...summary);
	visit(body, (node, index, parent) => {
		// Removed rather than ignored: Pagefind would still read them into section titles.
		if (node.type === 'element' && ignored(node) && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.type === 'text' && hasUnfoldableLetters(node.value)) {
			for (const word of node.value.match(/[\p{L}\p{N}]+/gu) ?? []) {
				const folded = foldLetters(word);
				if (folded !== word) restore.set(folded.toLocaleLowerCase(article.locale), word.toLocaleLowerCase(article.locale));
			}
			node.value = foldLetters(node.value);
		}
		return undefined;
	});

	const head = select('head', tree) ?? tree;
	const extra: Element[] = [
		// Shown as written; the h1 Pagefind would read is folded.
		h('meta', { dataPagefindMeta: 'title[content]', content: article.title }),
		h('meta', { dataPagefindMeta: 'description[content]', content: article.description }),
		h('meta', { dataPagefindFilter: 'category[content]', content: article.category }),
		...article.tags.map((tag) => h('meta', { dataPagefindFilter: 'tag[content]', content: tag })),
		h('meta', { dataPagefindMeta: 'category[content]', content: article.category }),
		h('meta', { dataPagefindMeta: 'restore[content]', content: [...restore].map(([folded, word]) => `${folded}=${word}`).join(' ') }),
	];
	(head as Root | Element).children.push(...extra);
	return toHtml(tree);
}

function ignored(node: Element): boolean {
	const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
	return classes.some((name) => IGNORED_CLASSES.includes(name));
}
