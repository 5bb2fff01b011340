import { posix } from 'node:path';
import { readLocaleArticles, type LocaleArticle } from './read-locale-articles.ts';
import { TRANSLATION_STATES, type LocaleStatus, type TranslationItem, type TranslationState, type TranslationStatus } from './status-types.ts';

export interface TranslationStatusOptions {
	/** Absolute project root. */
	root: string;
	/** The content folder, relative to the root (`config.contentDir`). */
	contentDir: string;
	locales: string[];
	defaultLocale: string;
}

/** Reads the content folder and says, per non-default locale, which translations are current, outdated, untracked or missing. */
export async function readTranslationStatus(options: TranslationStatusOptions): Promise<TranslationStatus> {
	const articles = await readLocaleArticles(options);
	return compareTranslations(articles, options);
}

/** The status from articles already read; `contentDir` only names where missing translations go. */
export function compareTranslations(articles: Map<string, Map<string, LocaleArticle>>, options: Omit<TranslationStatusOptions, 'root'>): TranslationStatus {
	const allSources = articles.get(options.defaultLocale) ?? new Map<string, LocaleArticle>();
	// Drafts are not published, so there is nothing to translate yet.
	const sources = [...allSources.values()].filter((article) => !article.draft).sort((a, b) => a.id.localeCompare(b.id));
	const locales = options.locales.filter((locale) => locale !== options.defaultLocale);
	return {
		sourceLocale: options.defaultLocale,
		sourceCount: sources.length,
		locales: locales.map((locale): LocaleStatus => {
			const translations = articles.get(locale) ?? new Map<string, LocaleArticle>();
			const items = sources.map((source) => compareOne(source, translations.get(source.id), posix.join(options.contentDir, locale, `${source.id}.md`)));
			const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, 0])) as Record<TranslationState, number>;
			for (const item of items) counts[item.state] += 1;
			const orphans = [...translations.values()]
				.filter((translation) => !allSources.has(translation.id))
				.map(({ id, file }) => ({ id, file }))
				.sort((a, b) => a.id.localeCompare(b.id));
			return { locale, total: sources.length, counts, articles: items, orphans };
		}),
	};
}

function compareOne(source: LocaleArticle, translation: LocaleArticle | undefined, expectedFile: string): TranslationItem {
	const published = translation && !translation.draft ? translation : undefined;
	return {
		id: source.id,
		state: stateOf(source, published),
		source: source.file,
		file: translation?.file ?? expectedFile,
		draft: translation?.draft ?? false,
		sourceHash: source.hash,
		recordedHash: published?.recordedHash ?? null,
		sourceUpdated: source.updated,
		translationUpdated: translation?.updated ?? null,
	};
}

function stateOf(source: LocaleArticle, translation: LocaleArticle | undefined): TranslationState {
	if (!translation) return 'missing';
	if (translation.recordedHash === null) return 'untracked';
	return translation.recordedHash === source.hash ? 'translated' : 'outdated';
}
