import { createHeadingSlugger } from '../utils/heading-slug.ts';

export interface OutlineHeading {
	level: number;
	text: string;
	/** Line in the file (1-based) and column of the `#`. */
	line: number;
	column: number;
	/** The heading's anchor on the built page, as rehype-heading-ids makes it. */
	id: string;
	/** Followed by nothing but blank lines before a heading of the same or a higher rank. */
	empty: boolean;
}

export interface MarkdownOutline {
	headings: OutlineHeading[];
	/** Every anchor the built page will have: headings and FAQ questions (`faq-…`). */
	anchors: Set<string>;
	/** Raw HTML tags outside code, which the build removes. */
	rawHtml: Array<{ line: number; column: number; tag: string }>;
	/** Inline links and images, and reference definitions (`[id]: url`), outside code. */
	links: MarkdownLink[];
}

export interface MarkdownLink {
	kind: 'link' | 'image';
	url: string;
	alt?: string | undefined;
	line: number;
	column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const CONTAINER_OPEN = /^ {0,3}(:{3,})\s*([a-z]+)/;
const CONTAINER_CLOSE = /^ {0,3}:{3,}\s*$/;
/** An opening HTML tag (its closing tag is not reported again): a name then whitespace, `/` or `>`, so autolinks (`<https://…>`) and `<a@b.c>` are not. */
const HTML_TAG = /<([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/g;
/** `[text](url "title")` and `![alt](url)`; the text may hold one level of brackets. */
// The destination may hold balanced parentheses, as CommonMark allows (`wiki/Foo_(bar)`, `alert(1)`).
const INLINE_LINK = /(!?)\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;

/**
 * The headings, anchors and raw HTML of an article body, from a line scan that knows code fences
 * and `:::` containers. Checking 15,000 articles must take seconds, and a full Markdown parse
 * costs milliseconds each; headings and tags are line-shaped enough for a scanner.
 */
export function scanOutline(body: string, firstLine: number): MarkdownOutline {
	const lines = body.split(/\r?\n/);
	const headings: Array<Omit<OutlineHeading, 'id' | 'empty'> & { contentAfter: boolean }> = [];
	const faqQuestions: string[] = [];
	const rawHtml: MarkdownOutline['rawHtml'] = [];
	const links: MarkdownLink[] = [];
	let fence: string | null = null;
	const containers: string[] = [];
	lines.forEach((text, i) => {
		const line = i + firstLine;
		const fenceMatch = FENCE.exec(text);
		if (fence) {
			if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
			markContent();
			return;
		}
		if (fenceMatch) {
			fence = fenceMatch[1]!;
			markContent();
			return;
		}
		const open = CONTAINER_OPEN.exec(text);
		if (open) {
			containers.push(open[2]!);
			markContent();
			return;
		}
		if (CONTAINER_CLOSE.test(text) && containers.length) {
			containers.pop();
			return;
		}
		// Inline code is blanked out (same length, so columns stay right) before links and tags are read.
		const prose = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
		const definition = DEFINITION.exec(prose);
		if (definition) links.push({ kind: 'link', url: definition[1]!, line, column: prose.indexOf('[') + 1 });
		for (const match of prose.matchAll(INLINE_LINK)) {
			links.push({ kind: match[1] ? 'image' : 'link', url: match[3]!, ...(match[1] ? { alt: match[2] } : {}), line, column: match.index + 1 });
		}
		const heading = ATX.exec(text);
		if (heading) {
			const title = plainText(heading[2] ?? '');
			if (containers.includes('faq')) faqQuestions.push(title);
			else headings.push({ level: heading[1]!.length, text: title, line, column: text.indexOf('#') + 1, contentAfter: false });
			return;
		}
		if (text.trim()) markContent();
		for (const match of prose.matchAll(HTML_TAG)) {
			rawHtml.push({ line, column: match.index + 1, tag: match[1]!.toLowerCase() });
		}
	});

	function markContent() {
		const last = headings.at(-1);
		if (last) last.contentAfter = true;
	}

	const slug = createHeadingSlugger();
	const faqSlug = createHeadingSlugger();
	const outline = headings.map((heading, i) => {
		const next = headings[i + 1];
		const empty = !heading.contentAfter && (!next || next.level <= heading.level);
		const { contentAfter: _, ...rest } = heading;
		return { ...rest, id: slug(heading.text), empty };
	});
	return { headings: outline, anchors: new Set([...outline.map((h) => h.id), ...faqQuestions.map((q) => `faq-${faqSlug(q)}`)]), rawHtml, links };
}

/** Heading text as it reads on the page: link and emphasis markup removed. */
function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*`~]|(^|\W)_+|_+(?=\W|$)/g, '$1')
		.trim();
}
