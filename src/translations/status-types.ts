/**
 * Where a translation stands against its source article:
 * - `translated`: its `sourceHash` is the source's current fingerprint;
 * - `outdated`: its `sourceHash` differs, so the source changed after it was translated;
 * - `untracked`: it has no `sourceHash`, so nobody knows (`npm run translations -- --mark` records it);
 * - `missing`: no published translation (no file, or only a draft).
 */
export const TRANSLATION_STATES = ['translated', 'outdated', 'untracked', 'missing'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export interface TranslationItem {
	/** `<category>/<slug>`. */
	id: string;
	state: TranslationState;
	/** The source article, relative to the project root: `content/tr/iade/iade-sureci.md`. */
	source: string;
	/** Where the translation is, or where it goes when missing: `content/de/iade/iade-sureci.md`. */
	file: string;
	/** A missing translation that exists as a draft (readers do not see it yet). */
	draft: boolean;
	/** The source's fingerprint now. */
	sourceHash: string;
	/** The fingerprint the translation recorded; null when untracked or missing. */
	recordedHash: string | null;
	/** The source's `updated` date (YYYY-MM-DD), when it has one. */
	sourceUpdated: string | null;
	/** The translation's `updated` date, when it exists and has one. */
	translationUpdated: string | null;
}

/** A translation whose source article does not exist: readers of the default locale never see it. */
export interface OrphanTranslation {
	id: string;
	file: string;
}

export interface LocaleStatus {
	locale: string;
	/** Published source articles, the 100 % of every percentage. */
	total: number;
	counts: Record<TranslationState, number>;
	/** One item per published source article, sorted by id. */
	articles: TranslationItem[];
	orphans: OrphanTranslation[];
}

export interface TranslationStatus {
	/** The default locale, whose articles are the sources. */
	sourceLocale: string;
	sourceCount: number;
	/** Every other configured locale, in configuration order. */
	locales: LocaleStatus[];
}
