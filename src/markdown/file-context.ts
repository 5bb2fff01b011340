import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { UiKey } from '../i18n/create-translator.ts';
import type { AllowHtml } from './rehype-sanitize-html.ts';
import { parseArticlePath, type ArticlePath } from '../utils/article-path.ts';

/** What every Markdown plugin needs to know about the site. */
export interface MarkdownContext {
	/** Absolute path of the content folder. */
	contentRoot: string;
	/** Translated UI string for a locale. */
	translate(locale: string, key: UiKey, options?: Record<string, unknown>): string;
	defaultLocale: string;
	/**
	 * Hash of the UI strings and plugin code. Astro keeps rendered Markdown until its config
	 * changes; these options are part of that config, so a new digest re-renders the articles.
	 */
	renderDigest: string;
	/** Raw HTML articles may hold (`markdown.allowHtml`). */
	allowHtml?: AllowHtml;
}

/** The article a Markdown file is (locale, category, slug) and its path inside the content folder. */
export function articleOfFile(file: VFile, context: MarkdownContext): (ArticlePath & { relativePath: string }) | null {
	if (!file.path) return null;
	const relativePath = relative(context.contentRoot, file.path).replaceAll('\\', '/');
	if (relativePath.startsWith('..')) return null;
	const article = parseArticlePath(relativePath);
	return article && { ...article, relativePath };
}

/** Locale of the file, for translated labels; files outside `content/` get the default locale. */
export function localeOfFile(file: VFile, context: MarkdownContext): string {
	return articleOfFile(file, context)?.locale ?? context.defaultLocale;
}
