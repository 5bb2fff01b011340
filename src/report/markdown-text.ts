import { scanOutline } from '../content-checks/markdown-outline.ts';

/** What the report reads of an article body: its headings, and its prose as plain words. */
export interface ArticleText {
	headings: string[];
	/** The body without code, link addresses, HTML tags and directive names; punctuation is left to the tokenizer. */
	body: string;
}

const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE = /`[^`\n]*`/g;
/** `](address)` of links and images: the address would add `md`, `kargo` and `https` to the words. */
const LINK_ADDRESS = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm;
const AUTOLINK = /<(?:https?|mailto):[^>\s]*>|https?:\/\/\S+/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
/** `:::tip`, `:::faq`, `:::` — the name is markup, not a word of the article. */
const DIRECTIVE = /^ {0,3}:{3,}[^\n]*$/gm;

/**
 * Headings come from the same scanner `npm run check` uses (it knows code fences and containers);
 * the body is stripped with a few patterns, which is all a word count needs: a full Markdown parse
 * of thousands of articles would cost seconds for the same words.
 */
export function articleText(markdown: string): ArticleText {
	const headings = scanOutline(markdown, 1).headings.map((heading) => heading.text);
	const body = markdown
		.replace(FENCED_CODE, ' ')
		.replace(INLINE_CODE, ' ')
		.replace(LINK_ADDRESS, '] ')
		.replace(REFERENCE_DEFINITION, ' ')
		.replace(AUTOLINK, ' ')
		.replace(HTML_TAG, ' ')
		.replace(DIRECTIVE, ' ');
	return { headings, body };
}
