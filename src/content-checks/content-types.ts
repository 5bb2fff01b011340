import type { AllowHtml } from '../markdown/rehype-sanitize-html.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { CategoryData } from '../schemas/category.ts';
import type { ParsedFrontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './read-content-tree.ts';

// The shapes the content check and its helpers share; in their own module so the helpers
// and check-content.ts do not import each other.

export interface ContentCheckOptions {
	/** Absolute project root. */
	root: string;
	contentDir: string;
	locales: string[];
	defaultLocale: string;
	/** `markdown.allowHtml`: which raw HTML tags the build keeps. */
	allowHtml?: AllowHtml;
}

export interface CheckedArticle {
	file: ContentFile;
	/** Undefined when the frontmatter is invalid (already reported); the file still counts as existing. */
	data: ArticleFrontmatter | undefined;
	parsed: ParsedFrontmatter;
}

/** What the content holds, once checked: articles and categories per locale. */
export interface ContentIndex {
	articles: Map<string, Map<string, CheckedArticle>>;
	categories: Map<string, Map<string, CategoryData>>;
}

/** How a check reports a problem: the file, its line, what is wrong and what to do. */
export type Report = (file: string, line: number, message: string, hint?: string, severity?: ContentProblem['severity'], column?: number) => void;
