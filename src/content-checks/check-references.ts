import { existsSync } from 'node:fs';
import { isSafeUrl } from '../markdown/rehype-safe-urls.ts';
import { dirname, join } from 'node:path';
import { isRelativeLink, resolveArticleLink } from '../utils/article-links.ts';
import type { CheckedArticle, ContentCheckOptions, ContentIndex, Report } from './content-types.ts';
import { collectLinks, type MarkdownLink } from './markdown-links.ts';

/**
 * What readers of `locale` get for an article id: its own version, or the default locale's as a
 * fallback, also while a translation is still a draft (`npm run new -- --translate-from` makes one).
 */
export function findPublished(index: ContentIndex, options: ContentCheckOptions, locale: string, id: string) {
	const own = index.articles.get(locale)?.get(id);
	if (own && !(own.data?.draft && locale !== options.defaultLocale)) return own;
	return index.articles.get(options.defaultLocale)?.get(id) ?? own;
}

export function checkRelated(article: CheckedArticle, locale: string, index: ContentIndex, options: ContentCheckOptions, report: Report) {
	const where = locale === options.defaultLocale ? locale : `${locale} or ${options.defaultLocale}`;
	for (const id of article.data?.related ?? []) {
		const target = findPublished(index, options, locale, id);
		if (!target)
			report(
				article.file.displayPath,
				article.parsed.lineOf('related'),
				`related: no article "${id}" in ${where}`,
				`use an id "<category>/<slug>" of an existing article, e.g. "${[...(index.articles.get(locale)?.keys() ?? [])][0] ?? 'iade/iade-sureci'}"`,
			);
		else if (target.data?.draft)
			report(
				article.file.displayPath,
				article.parsed.lineOf('related'),
				`related: "${id}" is a draft and will not be published`,
				'remove it from related, or publish it',
			);
	}
}

/** The anchors an article's page has (headings, FAQ questions). */
export type AnchorsOf = (article: CheckedArticle) => Set<string>;

export function checkLinks(article: CheckedArticle, index: ContentIndex, options: ContentCheckOptions, report: Report, anchorsOf: AnchorsOf) {
	const { file, parsed } = article;
	const at = (link: { line: number; column: number }, message: string, hint: string) =>
		report(file.displayPath, link.line, message, hint, 'error', link.column);
	const checkAnchor = (link: MarkdownLink, target: CheckedArticle, anchor: string, where: string) => {
		const anchors = anchorsOf(target);
		if (anchors.has(anchor)) return;
		const known = [...anchors]
			.slice(0, 5)
			.map((a) => `#${a}`)
			.join(', ');
		at(
			link,
			`link "${link.url}": ${where} has no section "#${anchor}"`,
			known ? `use one of its anchors: ${known}` : 'it has no sections; link to the article without #',
		);
	};
	for (const link of collectLinks(parsed.body, parsed.bodyStartLine)) {
		if (!isSafeUrl(link.url)) {
			at(
				link,
				`${link.kind} "${link.url}" uses an address the build removes`,
				'link to a page (https://…), an e-mail (mailto:…), a phone number (tel:…) or another article',
			);
			continue;
		}
		if (link.kind === 'link' && link.url.startsWith('#') && link.url.length > 1) {
			checkAnchor(link, article, safeDecode(link.url.slice(1)), 'this article');
			continue;
		}
		if (link.kind === 'image') {
			if (!link.alt?.trim()) at(link, `image "${link.url}" has no alt text`, 'describe the image in the brackets: ![what the image shows](image.png)');
			if (isRelativeLink(link.url) && !existsSync(join(dirname(file.absolutePath), decodeURI(link.url.split(/[?#]/)[0]!)))) {
				at(link, `image "${link.url}" not found`, 'put the image next to the article and check the file name');
			}
			continue;
		}
		if (!isRelativeLink(link.url)) continue;
		const target = resolveArticleLink(file.path, link.url);
		if (target === null) {
			const path = decodeURI(link.url.split(/[?#]/)[0]!);
			if (path && !existsSync(join(dirname(file.absolutePath), path)))
				at(link, `link "${link.url}" points to a file that does not exist`, 'check the path, relative to this article');
			continue;
		}
		if ('invalid' in target) {
			at(link, `link "${link.url}" does not point to an article`, 'link to an article as ../<category>/<slug>.md');
			continue;
		}
		const published = findPublished(index, options, target.locale, target.id);
		if (!published) {
			at(
				link,
				`broken link "${link.url}": no article ${target.locale}/${target.id}.md`,
				`check the path relative to ${file.path}; links look like ../<category>/<slug>.md`,
			);
		} else if (published.data?.draft) {
			at(link, `link "${link.url}" points to a draft`, 'publish the target or remove the link');
		} else if (target.hash) {
			checkAnchor(link, published, target.hash, published.file.displayPath);
		}
	}
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
