import type { Field } from './article-index.ts';
import type { NoiseReason } from './noise.ts';
import type { Trend } from './trend.ts';

/**
 * The content-gap report as `--format json` prints it; the other formats render the same object.
 * Everything is plain JSON: dates are ISO strings, rates are fractions (0.25 = 25 %) or null when
 * there was nothing to divide by.
 */
export interface Report {
	period: { since: string; until: string };
	/** The `--locale` the report was limited to, or null for every locale. */
	locale: string | null;
	/** Needs with fewer failed searches than this are left out of `needs` (never out of `totals`). */
	minCount: number;
	/**
	 * True when `--min-count` was not given and the period had fewer than 200 searches: every need
	 * counts from one search, so a new store sees its gaps in its first week.
	 */
	smallStore: boolean;
	/** Searches in the period and scope (all locales, or `locale`). */
	searches: number;
	/** What customers looked for and did not get; by locale, then most failed searches first. */
	needs: Need[];
	/** Keyboard mash, test strings, one letter, only personal data: never a gap. Up to 10 per locale. */
	noise: NoiseEntry[];
	/** Needs left out by `minCount`, per locale. */
	hidden: Record<string, number>;
	totals: Record<string, LocaleTotals>;
	/** Searches per UTC day and locale, for the daily charts. */
	daily: Record<string, DailyCount[]>;
}

/** What went wrong most often: unanswered, partly answered, opened and came back, or not opened. */
export type NeedKind = 'unanswered' | 'partial' | 'returned' | 'no-click';

/**
 * One need: every search of a locale whose query has the same group key (spellings, suffixes and
 * filler words aside), with what came of it.
 */
export interface Need {
	locale: string;
	/** The most frequent spelling, as customers typed it (scrubbed of personal data). */
	query: string;
	/** What the spellings have in common (folded, stop words dropped, suffixes stripped). */
	key: string;
	kind: NeedKind;
	/** Failed searches: `unanswered + partial + noClick + returned`. */
	count: number;
	/** Searches of the need in the period: with results and unanswered. */
	searches: number;
	/** Seen in one search only (shown in small stores, where every need counts from one). */
	single: boolean;
	/** Searches that found nothing in the locale. */
	unanswered: number;
	/** Searches whose results hold only part of the query (`strength: 'partial'`). */
	partial: number;
	/** Full (or older, unrated) searches whose results were shown and none opened. */
	noClick: number;
	/** Results opened and left for the search again within 10 s (after a partial search, counted as partial). */
	returned: number;
	/** Results opened. */
	clicks: number;
	/** Clicks not followed by a return: `clicks − returns`, at least 0. */
	satisfied: number;
	/** Searches with results that led to a click, or null without such searches. */
	clickThrough: number | null;
	/** Distinct UTC days with a failed search. */
	days: number;
	firstSeen: string;
	lastSeen: string;
	/** Failed searches in the earlier against the later half of the period. */
	trend: Trend;
	/** Up to five distinct spellings, most frequent first. */
	examples: string[];
	/** Words of the query, as typed, that no article of the locale contains anywhere. */
	missing: string[];
	/** Up to three articles of the locale that come closest, with where each word was found. */
	closest: ClosestArticle[];
	advice: Advice;
}

export interface ArticleRef {
	/** `<category>/<slug>` */
	id: string;
	title: string;
	/** Path on the site, under the configured base. */
	url: string;
	/** Markdown file, relative to the project root. */
	file: string;
}

export interface ClosestArticle extends ArticleRef {
	/** Share of the query's weight found in the article, 0–1 (see article-coverage.ts). */
	score: number;
	/** Where each word of the query was found: `title: iade`, `body: kampanya ×2`. */
	why: WordMatch[];
}

export interface WordMatch {
	/** As the customer typed it. */
	word: string;
	field: Field;
	/** Occurrences in the body; 1 for the other fields. */
	count: number;
}

/** What to do about a need (see advice.ts for the rules). */
export type Advice =
	/** `cameBackFrom`: the one article holding the words, which customers came back from. */
	| { kind: 'new-article'; cameBackFrom: ArticleRef | null }
	/**
	 * `opened`: customers opened the article and stayed; `covers-most`: it holds most of the words;
	 * `misspelled`: it holds them once a letter of each is corrected.
	 */
	| { kind: 'add-keywords'; article: ArticleRef; words: string[]; because: 'opened' | 'covers-most' | 'misspelled' }
	| { kind: 'clarify-title'; article: ArticleRef; shownFirst: number; clickThrough: number; medianClickThrough: number }
	/** `article` covers the words already; nothing in the evidence says what is wrong. */
	| { kind: 'watch'; article: ArticleRef };

export interface NoiseEntry {
	locale: string;
	query: string;
	/** Searches. */
	count: number;
	reason: NoiseReason;
}

export interface LocaleTotals {
	/** Settled searches: with results (`search`) plus without (`unanswered-search`). */
	searches: number;
	searchesWithResults: number;
	unanswered: number;
	/** unanswered ÷ searches. */
	unansweredRate: number | null;
	/** Searches with results that answer only part of the query. */
	partial: number;
	/** Results opened and left for the search again within 10 s. */
	returned: number;
	/** Searches with results where none was opened. */
	noClick: number;
	/** Results opened (`search-click`); one search can open several. */
	clicks: number;
	/** (searchesWithResults − noClick) ÷ searchesWithResults: searches with results that led to a click. */
	clickThroughRate: number | null;
	feedback: { helpful: number; notHelpful: number };
}

export interface DailyCount {
	date: string;
	searches: number;
	unanswered: number;
}
