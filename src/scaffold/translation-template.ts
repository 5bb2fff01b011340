import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { hintsFor } from './article-hints.ts';
import { commentBefore, YAML_OPTIONS } from './article-template.ts';
import { rebaseFileLinks } from './rebase-file-links.ts';

/** Why a source article cannot be copied, as a sentence ending in what to do. */
export class SourceArticleError extends Error {}

export interface TranslationStart {
	/** The source article's file text. */
	sourceText: string;
	/** Folders relative to the content folder: `tr/iade` → `en/iade`. */
	fromDir: string;
	toDir: string;
	/** The translation's locale: chooses the language of the comments. */
	locale: string;
	/** `updated`, as YYYY-MM-DD. */
	today: string;
	/** The fingerprint of the default-locale article this translation matches. */
	sourceHash: string;
	/** The translated title, when the translator already has it. */
	title?: string | undefined;
}

const FENCE_LINE = /^---[ \t]*$/;

/**
 * A translation to start from: the source's frontmatter and text as they are, so the translator
 * replaces them piece by piece and nothing (a table, a link, an FAQ answer) is lost; `updated`
 * today, `sourceHash` recorded, and `draft: true` so the untranslated text is never published.
 */
export function translationText(start: TranslationStart): { text: string; rebased: string[] } {
	const lines = start.sourceText
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const closing = FENCE_LINE.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && FENCE_LINE.test(line)) : -1;
	if (closing === -1) throw new SourceArticleError('it has no frontmatter between two `---` lines; fix the source article first');
	const doc = parseDocument(lines.slice(1, closing).join('\n'), { uniqueKeys: true });
	if (doc.errors.length)
		throw new SourceArticleError(`its frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix the source article first`);
	if (!isMap(doc.contents)) throw new SourceArticleError('its frontmatter is not a list of `key: value` lines; fix the source article first');

	const hints = hintsFor(start.locale);
	if (start.title !== undefined) doc.set('title', start.title);
	doc.set('updated', start.today);
	const hadDraft = doc.has('draft');
	doc.set('draft', true);
	if (!hadDraft) commentBefore(doc, 'draft', [hints.draftComment]);
	// Quoted like `npm run translations -- --mark` writes it: `123456e78901` would read as a number.
	const hash = new Scalar(start.sourceHash);
	hash.type = 'QUOTE_SINGLE';
	doc.set('sourceHash', hash);

	const first = doc.contents.items[0]?.key;
	if (isScalar(first)) first.commentBefore = [...hints.translationComment.map((line) => ` ${line}`), first.commentBefore].filter(Boolean).join('\n');

	const { body, rebased } = rebaseFileLinks(lines.slice(closing + 1).join('\n'), start.fromDir, start.toDir);
	return { text: `---\n${doc.toString(YAML_OPTIONS)}---\n${body}`, rebased };
}
