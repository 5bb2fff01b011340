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
	/** Groups seen fewer times than this are left out of `gaps` (never out of `totals`). */
	minCount: number;
	/** Unanswered and no-click queries, grouped; by locale, then most frequent first. */
	gaps: Gap[];
	/** Groups left out by `minCount`, per locale. */
	hidden: Record<string, number>;
	totals: Record<string, LocaleTotals>;
	/** Searches per UTC day and locale, for the trend charts. */
	daily: Record<string, DailyCount[]>;
}

export interface Gap {
	locale: string;
	/** The most frequent spelling, as customers typed it (scrubbed of personal data). */
	query: string;
	/** What the group's spellings have in common (folded, stop words dropped, suffixes stripped). */
	key: string;
	/** `unanswered + noClick`. */
	count: number;
	/** Searches that found nothing in the locale. */
	unanswered: number;
	/** Searches whose results were shown and none opened. */
	noClick: number;
	/** Distinct UTC days on which the group was seen. */
	days: number;
	firstSeen: string;
	lastSeen: string;
	trend: Trend;
	/** Up to five distinct spellings, most frequent first. */
	examples: string[];
	/** Up to three articles of the locale that come closest; empty: write a new article. */
	closest: ClosestArticle[];
}

export interface ClosestArticle {
	/** `<category>/<slug>` */
	id: string;
	title: string;
	/** Path on the site, under the configured base. */
	url: string;
	/** Markdown file, relative to the project root. */
	file: string;
	/** Share of the query's weight found in the article, 0–1 (see closest-articles.ts). */
	score: number;
}

export interface LocaleTotals {
	/** Settled searches: with results (`search`) plus without (`unanswered-search`). */
	searches: number;
	searchesWithResults: number;
	unanswered: number;
	/** unanswered ÷ searches. */
	unansweredRate: number | null;
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
