import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTranslator, type UiKey } from '../i18n/create-translator.ts';
import { loadTranslations } from '../i18n/load-translations.ts';

/**
 * The writing hints a new article starts with, in the article's own language: writers are support
 * agents who write in that language, and a skeleton in another one gets left half-translated.
 * They are UI strings (`newArticle.*` in locales/<locale>/new-article.json); a language without
 * them gets English.
 */
export interface ArticleHints {
	/** The `description` placeholder; it passes the schema, so `draft: true` keeps it unpublished. */
	description: string;
	/** YAML comments (one string per line) above these frontmatter keys. */
	descriptionComment: string;
	keywordsComment: string[];
	draftComment: string;
	/** Above a translation's frontmatter: what to translate and what to keep. */
	translationComment: string[];
	intro: string;
	stepsHeading: string;
	steps: [string, string];
	detailsHeading: string;
	details: string;
	tip: string;
	faqHeading: string;
	faq: Array<[question: string, answer: string]>;
}

/** Destek's own locales folder: the hints ship with Destek, whatever localesDir a project sets. */
const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');

let loaded: { locales: string[]; t: ReturnType<typeof createTranslator> } | undefined;
function translations() {
	if (!loaded) {
		const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		// English, not the site's default locale, is the fallback: every writer can read it.
		loaded = { locales, t: createTranslator(loadTranslations(LOCALES_DIR, '.', locales).resources, 'en') };
	}
	return loaded;
}

/** The hint names of locales/<locale>/new-article.json (`newArticle.<name>`). */
type HintKey = UiKey extends infer Key ? (Key extends `newArticle.${infer Name}` ? Name : never) : never;

/** The hints for a locale (`de-AT` uses `de`, through i18next's fallback), English when there are none for its language. */
export function hintsFor(locale: string): ArticleHints {
	// i18next reads `de-AT` (falling back to `de`), not `de_AT` or `DE`.
	const [language = '', ...region] = locale.split(/[-_]/);
	const t = translations().t([language.toLowerCase(), ...region].join('-'));
	const text = (key: HintKey) => t(`newArticle.${key}`);
	return {
		description: text('description'),
		descriptionComment: text('descriptionComment'),
		keywordsComment: [text('keywordsComment.1'), text('keywordsComment.2')],
		draftComment: text('draftComment'),
		translationComment: [text('translationComment.1'), text('translationComment.2')],
		intro: text('intro'),
		stepsHeading: text('stepsHeading'),
		steps: [text('steps.1'), text('steps.2')],
		detailsHeading: text('detailsHeading'),
		details: text('details'),
		tip: text('tip'),
		faqHeading: text('faqHeading'),
		faq: [
			[text('faq.1.question'), text('faq.1.answer')],
			[text('faq.2.question'), text('faq.2.answer')],
		],
	};
}

/** Hint texts of every language that must never reach readers (see check-placeholders.ts). */
export function placeholderTexts(): { descriptions: Set<string>; bodyLines: string[] } {
	const all = translations().locales.map(hintsFor);
	return {
		descriptions: new Set(all.map((hints) => hints.description)),
		bodyLines: [...new Set(all.flatMap((hints) => [hints.intro, hints.details, ...hints.steps]))].filter((text) => text.length > 20),
	};
}
