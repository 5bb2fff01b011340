import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { parseArticlePath } from '../utils/article-path.ts';
import { FrontmatterEditError, setSourceHash } from './set-source-hash.ts';
import { sourceHash } from './source-hash.ts';

export interface MarkOptions {
	/** Absolute project root. */
	root: string;
	/** Where relative paths on the command line start. */
	cwd: string;
	contentDir: string;
	locales: string[];
	defaultLocale: string;
}

export interface MarkedFile {
	/** Relative to the project root. */
	file: string;
	hash: string;
	/** The `sourceHash` the file had before; null when it had none. */
	previous: string | null;
}

interface Planned extends MarkedFile {
	absolutePath: string;
	text: string;
	changed: boolean;
}

/**
 * Records in each translation the current fingerprint of its source (`sourceHash`). Every file is
 * checked first and nothing is written unless all of them can be marked, so a typo in one path
 * never leaves half a batch done.
 */
export async function markTranslations(paths: string[], options: MarkOptions): Promise<{ marked: MarkedFile[]; problems: string[] }> {
	const planned: Planned[] = [];
	const problems: string[] = [];
	for (const path of new Set(paths)) {
		const result = await plan(path, options);
		if (typeof result === 'string') problems.push(result);
		else if (!planned.some((p) => p.absolutePath === result.absolutePath)) planned.push(result);
	}
	if (problems.length) return { marked: [], problems };
	for (const file of planned) if (file.changed) await writeFile(file.absolutePath, file.text);
	return { marked: planned.map(({ file, hash, previous }) => ({ file, hash, previous })), problems: [] };
}

/** The new text of one translation, or why it cannot be marked. */
async function plan(path: string, options: MarkOptions): Promise<Planned | string> {
	const absolutePath = resolve(options.cwd, path);
	const shown = relative(options.root, absolutePath).replaceAll('\\', '/');
	const file = shown.startsWith('..') || isAbsolute(shown) ? absolutePath : shown;
	const contentRoot = join(options.root, options.contentDir);
	const inside = relative(contentRoot, absolutePath).replaceAll('\\', '/');
	const article = inside.startsWith('..') || isAbsolute(inside) ? null : parseArticlePath(inside);
	if (!article) return `${file} is not an article in ${options.contentDir}/ (expected ${options.contentDir}/<locale>/<category>/<slug>.md)`;
	if (!options.locales.includes(article.locale))
		return `${file} is in "${article.locale}", which is not a locale of this help center (${options.locales.join(', ')})`;
	const translationOf = (locale: string) => `${options.contentDir}/${locale}/${article.category}/${article.slug}.md`;
	if (article.locale === options.defaultLocale) {
		const example = options.locales.find((locale) => locale !== options.defaultLocale);
		return `${file} is in the default locale (${options.defaultLocale}): it is a source, not a translation${example ? `; mark its translations instead, e.g. ${translationOf(example)}` : ''}`;
	}
	if (!existsSync(absolutePath)) return `${file} does not exist`;
	const sourcePath = join(contentRoot, options.defaultLocale, article.category, `${article.slug}.md`);
	if (!existsSync(sourcePath))
		return `${file} has no source: ${translationOf(options.defaultLocale)} does not exist; rename the translation to match its source's path`;
	const [text, source] = await Promise.all([readFile(absolutePath, 'utf8'), readFile(sourcePath, 'utf8')]);
	const hash = sourceHash(source);
	const recorded = parseFrontmatter(text).data.sourceHash;
	try {
		const marked = setSourceHash(text, hash);
		return { absolutePath, file, hash, previous: typeof recorded === 'string' ? recorded : null, text: marked, changed: marked !== text };
	} catch (error) {
		if (error instanceof FrontmatterEditError) return `${file}: ${error.message}`;
		throw error;
	}
}
