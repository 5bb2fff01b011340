import { Document, isMap, isScalar, Scalar, type ToStringOptions } from 'yaml';
import { hintsFor, type ArticleHints } from './article-hints.ts';

/**
 * How scaffolded frontmatter is written: no folding of long titles and descriptions onto several
 * lines, and `[a, b]` lists like the hand-written articles.
 */
export const YAML_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

export interface NewArticle {
	title: string;
	/** The article's locale: chooses the language of the hints. */
	locale: string;
	/** `updated`, as YYYY-MM-DD. */
	today: string;
}

/**
 * A new article: frontmatter that passes the schema, kept a draft so the hints are never
 * published, and a skeleton body (intro, sections, a tip, an FAQ block) in the article's language.
 * The frontmatter is written by the `yaml` package, so any title (`:`, `#`, quotes) reads back as typed.
 */
export function newArticleText({ title, locale, today }: NewArticle): string {
	const hints = hintsFor(locale);
	const doc = new Document({ title, description: hints.description, updated: today, draft: true, tags: [], keywords: [] });
	commentBefore(doc, 'description', [hints.descriptionComment]);
	commentBefore(doc, 'draft', [hints.draftComment]);
	commentBefore(doc, 'keywords', hints.keywordsComment);
	return `---\n${doc.toString(YAML_OPTIONS)}---\n\n${skeletonBody(hints)}`;
}

/** Puts `# line` comments above a top-level key. */
export function commentBefore(doc: Document, key: string, lines: string[]): void {
	if (!isMap(doc.contents)) return;
	const pair = doc.contents.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
	if (!pair) return;
	// A key added with `doc.set` is a plain string until it is made a node that can hold a comment.
	const node = isScalar(pair.key) ? pair.key : new Scalar(key);
	node.commentBefore = lines.map((line) => ` ${line}`).join('\n');
	pair.key = node;
}

function skeletonBody(hints: ArticleHints): string {
	const faq = hints.faq.map(([question, answer]) => `### ${question}\n${answer}`).join('\n\n');
	return (
		[
			hints.intro,
			`## ${hints.stepsHeading}`,
			hints.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'),
			`## ${hints.detailsHeading}`,
			hints.details,
			`:::tip\n${hints.tip}\n:::`,
			`## ${hints.faqHeading}`,
			`:::faq\n${faq}\n:::`,
		].join('\n\n') + '\n'
	);
}
