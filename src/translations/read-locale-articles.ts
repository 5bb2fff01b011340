import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { listContentFiles, readText } from '../content-checks/read-content-tree.ts';
import { articleId, parseArticlePath } from '../utils/article-path.ts';
import { sourceHash } from './source-hash.ts';

/** What the translation status needs of one article file. */
export interface LocaleArticle {
	id: string;
	/** Relative to the project root, for messages: `content/de/iade/iade-sureci.md`. */
	file: string;
	draft: boolean;
	/** `sourceHash` from the frontmatter; null when absent. */
	recordedHash: string | null;
	/** `updated` as YYYY-MM-DD; null when absent or unreadable. */
	updated: string | null;
	/** The article's own fingerprint, as a source for its translations. */
	hash: string;
}

/**
 * Every article (`<locale>/<category>/<slug>.md`) of the configured locales, by locale and id.
 * Broken frontmatter is read leniently: `npm run build` and the content check report it with its
 * line; here the file still counts as existing.
 */
export async function readLocaleArticles(options: { root: string; contentDir: string; locales: string[] }): Promise<Map<string, Map<string, LocaleArticle>>> {
	const byLocale = new Map<string, Map<string, LocaleArticle>>(options.locales.map((locale) => [locale, new Map()]));
	for (const file of await listContentFiles(options.root, options.contentDir)) {
		const path = parseArticlePath(file.path);
		const articles = path && byLocale.get(path.locale);
		if (!path || !articles) continue;
		const text = await readText(file);
		const { data } = parseFrontmatter(text);
		const id = articleId(path);
		articles.set(id, {
			id,
			file: file.displayPath,
			draft: data.draft === true,
			recordedHash: typeof data.sourceHash === 'string' ? data.sourceHash : null,
			updated: dateText(data.updated),
			hash: sourceHash(text),
		});
	}
	return byLocale;
}

function dateText(value: unknown): string | null {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	return typeof value === 'string' && value.trim() ? value.trim() : null;
}
