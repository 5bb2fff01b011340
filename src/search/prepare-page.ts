import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { escapeHtml } from '../utils/escape-html.ts';
import { foldLetters, hasUnfoldableLetters, wordsWithUnfoldableLetters } from '../utils/fold.ts';

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
const ARTICLE_TAG = /<(\/?)article\b[^>]*>/g;

/**
 * The HTML Pagefind indexes for one article page; the page served to readers is not changed.
 * Only the article (title, description, body, FAQ) is indexed; words are folded the way queries are
 * (see src/utils/fold.ts); `keywords` are added with a high weight; category and tags become filters. Words
 * that folding changed are kept in the `restore` meta, so results can show them as written.
 *
 * Works on the `[data-search-body]` element cut out of the page and hands Pagefind a small document:
 * parsing whole pages was most of the time a 15,000-article build spent on its index.
 */
export function prepareArticleForIndex(html: string, article: SearchableArticle): string {
	const tree = parse(searchBodyOf(html)) as Node;
	const body = (tree as { children: Node[] }).children.find((node): node is ElementNode => node.type === ELEMENT_NODE)!;
	body.attributes['data-pagefind-body'] = '';

	// Removed rather than ignored: Pagefind would still read them into section titles.
	removeIgnored(body);

	const restore = new Map<string, string>();
	const fold = (text: string): string => {
		if (!hasUnfoldableLetters(text)) return text;
		for (const word of wordsWithUnfoldableLetters(text))
			restore.set(foldLetters(word).toLocaleLowerCase(article.locale), word.toLocaleLowerCase(article.locale));
		return foldLetters(text);
	};
	let title: ElementNode | undefined;
	let titleParent: ElementNode = body;
	walkSync(body, (node, parent) => {
		if (node.type === ELEMENT_NODE && node.name === 'h1' && !title) [title, titleParent] = [node, parent as ElementNode];
		if (node.type === TEXT_NODE) node.value = fold(node.value);
	});

	// Right after the title, so they belong to the article's opening and not to its last section;
	// results that match there show the description instead of an excerpt (render-results.ts).
	// ultrahtml types parse() as any (and its DocumentNode's fields too: Omit over an index signature).
	const summary = parse(
		`<p data-pagefind-weight="${DESCRIPTION_WEIGHT}">${escapeHtml(fold(article.description))}</p>` +
			`<p data-pagefind-weight="${KEYWORD_WEIGHT}">${escapeHtml(fold(article.keywords.join(', ')))}</p>`,
	) as { children: Node[] };
	const at = title ? titleParent.children.indexOf(title) + 1 : body.children.length;
	titleParent.children.splice(at, 0, ...summary.children);

	const meta = (attribute: string, content: string) => `<meta ${attribute} content="${escapeHtml(content)}">`;
	const head = [
		// Shown as written; the h1 Pagefind reads is folded.
		meta('data-pagefind-meta="title[content]"', article.title),
		meta('data-pagefind-meta="description[content]"', article.description),
		// Read by answer strength (src/search/answer-strength.ts): words a customer uses for the article.
		meta('data-pagefind-meta="keywords[content]"', article.keywords.join(', ')),
		meta('data-pagefind-filter="category[content]"', article.category),
		...article.tags.map((tag) => meta('data-pagefind-filter="tag[content]"', tag)),
		meta('data-pagefind-meta="category[content]"', article.category),
		meta('data-pagefind-meta="restore[content]"', [...restore].map(([folded, word]) => `${folded}=${word}`).join(' ')),
	];
	return `<!doctype html><html lang="${escapeHtml(article.locale)}"><head><meta charset="utf-8">${head.join('')}</head><body>${renderSync(body)}</body></html>`;
}

/** The `<article … data-search-body>` element of a page, as written (articles may nest). */
function searchBodyOf(html: string): string {
	const start = html.search(/<article\b[^>]*\sdata-search-body[\s>=]/);
	if (start < 0) throw new Error('article page without [data-search-body]');
	ARTICLE_TAG.lastIndex = start;
	let depth = 0;
	for (let match = ARTICLE_TAG.exec(html); match; match = ARTICLE_TAG.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return html.slice(start, match.index + match[0].length);
	}
	throw new Error('article page whose [data-search-body] element is not closed');
}

function removeIgnored(parent: ElementNode): void {
	parent.children = parent.children.filter((node) => !(node.type === ELEMENT_NODE && ignored(node)));
	for (const child of parent.children) if (child.type === ELEMENT_NODE) removeIgnored(child);
}

function ignored(node: ElementNode): boolean {
	const classes = (node.attributes.class ?? '').split(/\s+/);
	return classes.some((name) => IGNORED_CLASSES.includes(name));
}
