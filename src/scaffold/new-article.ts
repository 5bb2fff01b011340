import { existsSync } from 'node:fs';
import { newArticleText } from './article-template.ts';
import { articleFile, missingCategoryNote, pathInUse, requireCategory, requireLocale, type ArticleFile, type ContentLayout } from './content-folders.ts';
import { ScaffoldError, UsageError } from './scaffold-errors.ts';
import { slugify, uniqueSlug } from './slugify.ts';
import { writeNewFile } from './write-article.ts';

export interface NewArticleRequest {
	title: string;
	locale: string;
	category: string;
	/** Chosen with --slug; null makes one from the title. */
	slug: string | null;
	/** YYYY-MM-DD */
	today: string;
}

export interface CreatedArticle {
	file: ArticleFile;
	/** Things the writer should know, one sentence each. */
	notes: string[];
}

/** Creates `content/<locale>/<category>/<slug>.md` from the template; never replaces a file. */
export async function createArticle(layout: ContentLayout, request: NewArticleRequest): Promise<CreatedArticle> {
	const { title, locale, category } = request;
	requireLocale(layout, locale);
	await requireCategory(layout, category);
	const notes: string[] = [];
	let slug = request.slug;
	if (slug !== null) {
		const existing = pathInUse(layout, category, slug);
		const sameLanguage = existing?.display === articleFile(layout, locale, category, slug).display;
		if (existing)
			throw new ScaffoldError(
				`${existing.display} already exists${sameLanguage ? '' : ' (the same path in every language is the same article)'}; choose another --slug`,
			);
	} else {
		const base = slugFromTitle(title, locale);
		slug = uniqueSlug(base, (candidate) => pathInUse(layout, category, candidate) !== null);
		if (slug !== base)
			notes.push(
				`${pathInUse(layout, category, base)!.display} already exists, so this article is ${slug}.md; for another name, delete ${articleFile(layout, locale, category, slug).display} and run again with --slug <name>.`,
			);
	}
	if (locale !== layout.defaultLocale && !existsSync(articleFile(layout, layout.defaultLocale, category, slug).absolute)) {
		notes.push(
			`There is no ${layout.defaultLocale} article with this path, so npm run translations lists this one as a translation without a source; help centers are written in ${layout.defaultLocale} first and translated with --translate-from.`,
		);
	}
	const categoryNote = missingCategoryNote(layout, locale, category);
	if (categoryNote) notes.push(categoryNote);
	const file = articleFile(layout, locale, category, slug);
	await writeNewFile(file, newArticleText({ title, locale, today: request.today }), false);
	return { file, notes };
}

/** The slug for a title, or a sentence asking for --slug when the title cannot give a faithful one. */
function slugFromTitle(title: string, locale: string): string {
	const { slug, untransliterated } = slugify(title, locale);
	if (!slug && untransliterated.length)
		throw new UsageError(
			`the title "${title}" has no Latin letters to make a file name from; add --slug with the name in lowercase Latin letters, e.g. --slug iade-sureci`,
		);
	if (!slug)
		throw new UsageError(
			`the title "${title}" has no letters or digits to make a file name from; write the title in words, or add --slug, e.g. --slug iade-sureci`,
		);
	if (untransliterated.length)
		throw new UsageError(
			`the title "${title}" has words in a script a file name cannot hold, so the name "${slug}" would leave them out; add --slug, e.g. --slug ${slug}`,
		);
	return slug;
}
