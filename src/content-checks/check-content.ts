import { ArticleFrontmatterSchema } from '../schemas/article.ts';
import { CategorySchema } from '../schemas/category.ts';
import { CATEGORY_FILE_NAMES, SEGMENT_PATTERN, toSegment } from '../utils/article-path.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { CheckedArticle, ContentCheckOptions, ContentIndex, Report } from './content-types.ts';
import { reportSchemaIssues } from './schema-issues.ts';
import { checkLinks, checkRelated } from './check-references.ts';
import { checkOutline } from './check-outline.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { scanOutline, type MarkdownOutline } from './markdown-outline.ts';
import type { ContentProblem } from './problem.ts';
import { listContentFiles, readText, type ContentFile } from './read-content-tree.ts';

/** Category ids that would collide with the help center's own pages. */
const RESERVED_CATEGORIES = new Set(['search', '404', '_astro', 'pagefind', 'api']);
const MARKDOWN_VARIANTS = /\.(mdx|markdown|mdown|mkd)$/i;
const isMarkdown = (name: string) => name.endsWith('.md') || MARKDOWN_VARIANTS.test(name);

/**
 * Reads the whole content folder and reports every problem at once: file layout, frontmatter,
 * categories, duplicate ids, `related` ids and relative links between articles.
 */
export async function checkContent(options: ContentCheckOptions): Promise<{ problems: ContentProblem[]; index: ContentIndex }> {
	const problems: ContentProblem[] = [];
	const report: Report = (file, line, message, hint, severity = 'error', column = 1) =>
		problems.push({ severity, file, line, column, message, ...(hint ? { hint } : {}) });

	const index: ContentIndex = { articles: new Map(), categories: new Map() };
	for (const locale of options.locales) {
		index.articles.set(locale, new Map());
		index.categories.set(locale, new Map());
	}
	const files = await listContentFiles(options.root, options.contentDir);
	const articleFiles: Array<{ file: ContentFile; locale: string; category: string; slug: string }> = [];

	const candidates: ContentFile[] = [];
	for (const file of files) {
		const parts = file.path.split('/');
		const [locale, category] = parts as [string, string | undefined];
		const name = parts.at(-1)!;
		if (!index.articles.has(locale)) {
			if (parts.length === 1) continue; // README or similar next to the locale folders
			report(
				file.displayPath,
				1,
				`"${locale}" is not a configured locale`,
				`add "${locale}" to locales in astro.config.mjs, or move the file into one of: ${options.locales.join(', ')}`,
			);
			continue;
		}
		if (parts.length === 2) {
			if (isMarkdown(name))
				report(file.displayPath, 1, 'articles must be inside a category folder', `move it to ${options.contentDir}/${locale}/<category>/${name}`);
			continue;
		}
		if (parts.length === 3 && isMarkdown(name)) candidates.push(file);
		if (!SEGMENT_PATTERN.test(category!) || RESERVED_CATEGORIES.has(category!)) {
			if (parts.length === 3 && (isMarkdown(name) || CATEGORY_FILE_NAMES.includes(name))) {
				const reason = RESERVED_CATEGORIES.has(category!)
					? `"${category}" is reserved for the help center's own pages`
					: `category folder "${category}" is not a valid URL segment`;
				report(
					file.displayPath,
					1,
					reason,
					`rename the folder to "${RESERVED_CATEGORIES.has(category!) ? `${category}-help` : toSegment(category!, locale)}" (lowercase letters, digits and hyphens)`,
				);
			}
			continue;
		}
		if (CATEGORY_FILE_NAMES.includes(name) && parts.length === 3) {
			const parsed = parseFrontmatter(await readText(file), true);
			for (const error of parsed.errors) report(file.displayPath, error.line, `YAML: ${error.message}`, 'fix the YAML syntax');
			const result = CategorySchema.safeParse(parsed.data);
			if (!result.success) reportSchemaIssues(result.error.issues, parsed, file.displayPath, 'category', report);
			else index.categories.get(locale)!.set(category!, result.data);
			continue;
		}
		if (!isMarkdown(name)) continue; // images and attachments next to articles
		if (parts.length > 3) {
			report(
				file.displayPath,
				1,
				'articles cannot be nested deeper than one category folder',
				`move it to ${options.contentDir}/${locale}/${category}/${name}`,
			);
			continue;
		}
		if (MARKDOWN_VARIANTS.test(name)) {
			report(file.displayPath, 1, 'only .md files are read as articles', `rename it to ${name.replace(MARKDOWN_VARIANTS, '.md')}`);
			continue;
		}
		const slug = name.slice(0, -3);
		if (!SEGMENT_PATTERN.test(slug)) {
			report(
				file.displayPath,
				1,
				`file name "${name}" is not a valid URL segment`,
				`rename it to "${toSegment(slug, locale) || 'article'}.md" (lowercase letters, digits and hyphens)`,
			);
			continue;
		}
		articleFiles.push({ file, locale, category: category!, slug });
	}

	// Duplicate ids: files that would publish the same URL, differing only in case, accents or
	// extension (`iade-sureci.md` next to an old `iade-sureci.markdown`). Only one could be shown.
	const seen = new Map<string, ContentFile>();
	for (const file of candidates) {
		const [locale, category, name] = file.path.split('/') as [string, string, string];
		const id = `${toSegment(category, locale)}/${toSegment(name.replace(/\.[^.]+$/, ''), locale)}`;
		const key = `${locale}/${id}`;
		const other = seen.get(key);
		if (other)
			report(file.displayPath, 1, `duplicate article id "${id}": ${other.displayPath} has the same id`, 'keep one of the two files and delete the other');
		else seen.set(key, file);
	}

	const defaultCategories = index.categories.get(options.defaultLocale)!;
	for (const { file, locale, category, slug } of articleFiles) {
		const parsed = parseFrontmatter(await readText(file));
		for (const error of parsed.errors) report(file.displayPath, error.line, `frontmatter YAML: ${error.message}`, 'fix the YAML syntax between the --- lines');
		if (parsed.errors.length) continue;
		if (!defaultCategories.has(category)) {
			report(
				file.displayPath,
				1,
				`unknown category "${category}"`,
				`create ${options.contentDir}/${options.defaultLocale}/${category}/_category.yml with a title, or move the article into one of: ${[...defaultCategories.keys()].join(', ') || '(no categories yet)'}`,
			);
		}
		const result = ArticleFrontmatterSchema.safeParse(parsed.data);
		if (!result.success) reportSchemaIssues(result.error.issues, parsed, file.displayPath, 'article', report);
		// Registered even when invalid, so links to it are not reported as broken on top.
		index.articles.get(locale)!.set(`${category}/${slug}`, { file, data: result.data, parsed });
	}

	const outlines = new Map<CheckedArticle, MarkdownOutline>();
	const outlineOf = (article: CheckedArticle) => {
		let outline = outlines.get(article);
		if (!outline) outlines.set(article, (outline = scanOutline(article.parsed.body, article.parsed.bodyStartLine)));
		return outline;
	};
	for (const [locale, articles] of index.articles) {
		for (const article of articles.values()) {
			// Invalid frontmatter is already reported; the body is still checked, so one run shows all.
			if (article.data?.draft ?? article.parsed.data.draft === true) continue;
			if (article.data) checkRelated(article, locale, index, options, report);
			checkLinks(article, index, options, report, (target) => outlineOf(target).anchors);
			checkOutline(article, outlineOf(article), report, options.allowHtml);
			checkPlaceholders(article, report);
		}
	}
	return { problems, index };
}
