import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, relative } from 'node:path';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { sourceHash } from '../translations/source-hash.ts';
import { type ArticlePath } from '../utils/article-path.ts';
import { articleFile, listSlugs, missingCategoryNote, requireCategory, requireLocale, type ArticleFile, type ContentLayout } from './content-folders.ts';
import { ScaffoldError, UsageError } from './scaffold-errors.ts';
import { SourceArticleError, translationText } from './translation-template.ts';
import { writeNewFile } from './write-article.ts';

export interface TranslationRequest {
	/** The source as typed: `tr/iade/iade-sureci`, `content/tr/iade/iade-sureci.md`, or `iade/iade-sureci`. */
	from: string;
	locale: string;
	title: string | null;
	force: boolean;
	/** YYYY-MM-DD */
	today: string;
}

export interface CreatedTranslation {
	file: ArticleFile;
	source: ArticleFile;
	sourceHash: string;
	/** Image and file links now pointing at the source's files. */
	rebased: string[];
	replaced: boolean;
	notes: string[];
}

/**
 * Creates the translation of an article at the same path in another locale (the same path is the
 * same article), starting from the source's text, with the `sourceHash` of the default-locale
 * article so `npm run translations` notices when that changes. Translating from another
 * translation (en → de) is allowed only while that translation matches the default-locale article.
 */
export async function createTranslation(layout: ContentLayout, request: TranslationRequest): Promise<CreatedTranslation> {
	const from = parseSourceReference(layout, request.from);
	const { locale } = request;
	if (!layout.locales.includes(from.locale))
		throw new UsageError(`--translate-from ${request.from}: "${from.locale}" is not a locale of this help center (${layout.locales.join(', ')})`);
	requireLocale(layout, locale);
	const others = layout.locales.filter((l) => l !== layout.defaultLocale && l !== from.locale);
	if (locale === from.locale)
		throw new UsageError(`--locale ${locale} is the language of the source itself; pick the language to translate into (${others.join(', ')})`);
	if (locale === layout.defaultLocale)
		throw new UsageError(
			`--locale ${locale} is the default language, which the others are translated from; to write a new ${locale} article, leave out --translate-from`,
		);
	await requireCategory(layout, from.category);

	const source = articleFile(layout, from.locale, from.category, from.slug);
	if (!existsSync(source.absolute)) {
		const slugs = await listSlugs(layout, from.locale, from.category);
		throw new UsageError(
			`there is no article ${source.display}${slugs.length ? `; the ${from.locale}/${from.category} articles are: ${slugs.slice(0, 12).join(', ')}${slugs.length > 12 ? ', …' : ''}` : ''}`,
		);
	}
	const sourceText = await read(source);
	const original = from.locale === layout.defaultLocale ? { file: source, text: sourceText } : await matchingOriginal(layout, from, source, sourceText);
	const hash = sourceHash(original.text);

	const file = articleFile(layout, locale, from.category, from.slug);
	const replaced = existsSync(file.absolute);
	if (replaced && !request.force)
		throw new ScaffoldError(
			`${file.display} already exists; open it to go on translating, or add --force to replace it with a fresh copy of ${source.display}`,
		);
	let result: { text: string; rebased: string[] };
	try {
		const toDir = `${locale}/${from.category}`;
		result = translationText({
			sourceText,
			fromDir: `${from.locale}/${from.category}`,
			toDir,
			locale,
			today: request.today,
			sourceHash: hash,
			title: request.title ?? undefined,
		});
	} catch (error) {
		if (error instanceof SourceArticleError) throw new ScaffoldError(`${source.display}: ${error.message}`);
		throw error;
	}
	await writeNewFile(file, result.text, request.force);
	const notes: string[] = [];
	if (parseFrontmatter(original.text).data.draft === true)
		notes.push(`${original.file.display} is still a draft; when it changes, npm run translations will list this translation as outdated.`);
	const categoryNote = missingCategoryNote(layout, locale, from.category);
	if (categoryNote) notes.push(categoryNote);
	return { file, source, sourceHash: hash, rebased: result.rebased, replaced, notes };
}

/** `tr/iade/iade-sureci`, with or without `content/` and `.md`; `iade/iade-sureci` means the default locale. */
export function parseSourceReference(layout: ContentLayout, typed: string): ArticlePath {
	// An absolute path outside the project is taken as a page path: `/tr/iade/iade-sureci/`.
	const inProject = isAbsolute(typed) && !relative(layout.root, typed).startsWith('..');
	let path = (inProject ? relative(layout.root, typed) : typed)
		.replaceAll('\\', '/')
		.replace(/^(\.\/|\/)+/, '')
		.replace(/\/+$/, '');
	const contentPrefix = `${posix.normalize(layout.contentDir.replaceAll('\\', '/')).replace(/\/+$/, '')}/`;
	if (path.startsWith(contentPrefix)) path = path.slice(contentPrefix.length);
	const parts = path.replace(/\.md$/, '').split('/');
	if (parts.length === 2) parts.unshift(layout.defaultLocale);
	const [locale, category, slug] = parts;
	if (parts.length !== 3 || !locale || !category || !slug)
		throw new UsageError(
			`--translate-from needs <locale>/<category>/<slug> of an article, e.g. --translate-from ${layout.defaultLocale}/iade/iade-sureci (got "${typed}")`,
		);
	return { locale, category, slug };
}

/** For a source in another language: the default-locale article it must be a current translation of. */
async function matchingOriginal(
	layout: ContentLayout,
	from: ArticlePath,
	source: ArticleFile,
	sourceText: string,
): Promise<{ file: ArticleFile; text: string }> {
	const file = articleFile(layout, layout.defaultLocale, from.category, from.slug);
	const fromDefault = `--translate-from ${layout.defaultLocale}/${from.category}/${from.slug}`;
	if (!existsSync(file.absolute))
		throw new UsageError(
			`${source.display} has no ${layout.defaultLocale} original (${file.display}); translations start from a ${layout.defaultLocale} article`,
		);
	const text = await read(file);
	const { data } = parseFrontmatter(sourceText);
	if (data.draft === true)
		throw new ScaffoldError(`${source.display} is a draft, maybe not translated yet; translate from the original instead: ${fromDefault}`);
	if (data.sourceHash !== sourceHash(text)) {
		const state = typeof data.sourceHash === 'string' ? 'outdated (its source changed since it was translated)' : 'not tracked (it records no sourceHash)';
		throw new ScaffoldError(`${source.display} is ${state}; translate from the original instead: ${fromDefault}`);
	}
	return { file, text };
}

async function read(file: ArticleFile): Promise<string> {
	try {
		return await readFile(file.absolute, 'utf8');
	} catch (error) {
		throw new ScaffoldError(`could not read ${file.display}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}
