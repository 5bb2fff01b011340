import type { CheckedArticle, Report } from './content-types.ts';
import type { MarkdownOutline } from './markdown-outline.ts';
import { allowedHtmlTags, type AllowHtml } from '../markdown/rehype-sanitize-html.ts';

/**
 * The page structure readers and screen readers rely on: the title is the only H1, heading levels
 * do not skip, sections are not empty; and raw HTML the build removes (`markdown.allowHtml`) is pointed out.
 */
export function checkOutline(article: CheckedArticle, outline: MarkdownOutline, report: Report, allowHtml: AllowHtml = { iframeHosts: [] }): void {
	const allowed = allowedHtmlTags(allowHtml);
	const file = article.file.displayPath;
	let previous = 1; // the article's title is the page's H1
	for (const heading of outline.headings) {
		if (heading.level === 1) {
			report(file, heading.line, `a second H1 "${heading.text}": the title is already the page's H1`, 'use ## for sections', 'error', heading.column);
		} else if (heading.level > previous + 1) {
			report(
				file,
				heading.line,
				`heading "${heading.text}" jumps from h${previous} to h${heading.level}`,
				`use ${'#'.repeat(previous + 1)} here, so the outline has no gap`,
				'warning',
				heading.column,
			);
		}
		if (heading.empty)
			report(file, heading.line, `section "${heading.text}" is empty`, 'write its text under the heading, or remove the heading', 'warning', heading.column);
		previous = heading.level;
	}
	for (const html of outline.rawHtml) {
		if (allowed.has(html.tag)) continue;
		const hint =
			html.tag === 'iframe'
				? 'list the video host in markdown.allowHtml.iframeHosts in astro.config.mjs'
				: 'use Markdown instead: **bold**, [link](url), ![image](file.png), :::tip for a callout';
		report(file, html.line, `raw HTML <${html.tag}> is removed when the page is built`, hint, 'warning', html.column);
	}
}
