import { relative } from 'node:path';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { listContentFiles, readText } from '../content-checks/read-content-tree.ts';
import { articleId, parseArticlePath } from '../utils/article-path.ts';
import { createUrlBuilder } from '../utils/urls.ts';
import { articleText } from './markdown-text.ts';

/** What the report needs of a published article to say which one covers a need, and why. */
export interface ReportArticle {
	locale: string;
	id: string;
	title: string;
	description: string;
	keywords: string[];
	tags: string[];
	/** Section headings, as the page shows them. */
	headings: string[];
	/** The body as plain words (see markdown-text.ts): a mention there is weak evidence. */
	body: string;
	url: string;
	/** Relative to the project root: where a writer adds a keyword. */
	file: string;
}

/**
 * Published articles under `contentDir` (absolute). Drafts and files without a title are skipped:
 * search never shows them, and `npm run build` reports broken frontmatter with its line.
 */
export async function readArticles(options: { root: string; contentDir: string; base: string }): Promise<ReportArticle[]> {
	const urls = createUrlBuilder(options.base);
	const files = await listContentFiles(options.root, relative(options.root, options.contentDir) || '.');
	const articles: ReportArticle[] = [];
	for (const file of files) {
		const path = parseArticlePath(file.path);
		if (!path) continue;
		const { data, body } = parseFrontmatter(await readText(file));
		if (typeof data.title !== 'string' || data.draft === true) continue;
		const id = articleId(path);
		articles.push({
			locale: path.locale,
			id,
			title: data.title,
			description: typeof data.description === 'string' ? data.description : '',
			keywords: strings(data.keywords),
			tags: strings(data.tags),
			...articleText(body),
			url: urls.article(path.locale, id),
			file: file.displayPath,
		});
	}
	return articles;
}

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
