import { scanOutline, type MarkdownLink } from './markdown-outline.ts';

export type { MarkdownLink };

/**
 * Links and images of a Markdown body, with lines counted from `firstLine`. Read by the line
 * scanner, not a Markdown parser: parsing costs milliseconds per article, and `npm run check`
 * must stay within seconds for 15,000 of them.
 */
export function collectLinks(body: string, firstLine: number): MarkdownLink[] {
	return scanOutline(body, firstLine).links;
}
