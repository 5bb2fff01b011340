/**
 * The analytics contract: every event is dispatched on `window` as `destek:<type>` with one of
 * these as `detail`, and the same object (minus `ts` on the server) is what the collector stores.
 * Stores wire their own tools to the window events; see docs/analytics.md.
 */
export const EVENT_TYPES = ['search', 'unanswered-search', 'partial-search', 'no-click-search', 'search-click', 'search-return', 'feedback'] as const;
export type AnalyticsEventType = (typeof EVENT_TYPES)[number];

interface EventBase {
	/** Locale of the page the event happened on. */
	locale: string;
	/** Path of that page, without query string or hash. */
	path: string;
	/** Milliseconds since the epoch, from the browser's clock. */
	ts: number;
}

/**
 * How well the results answer the query (src/search/answer-strength.ts): `full` when a result
 * holds its meaningful words where it is about them (title, headings, keywords) or together in one
 * sentence; `partial` when a word is in no article, or the words are only found apart; `none`
 * when nothing was found in the page's language.
 */
export const ANSWER_STRENGTHS = ['full', 'partial', 'none'] as const;
export type AnswerStrength = (typeof ANSWER_STRENGTHS)[number];

interface SearchFields {
	/** What the customer typed, scrubbed of personal data (see scrub.ts). */
	query: string;
	/** Filters applied on the search page, e.g. `{ category: ['iade'] }`. */
	filters?: Record<string, string[]> | undefined;
	/** Results shown in the page's own language (0 for an unanswered search). */
	resultCount: number;
	/** Missing from events sent by pages built before answer strength existed. */
	strength?: AnswerStrength | undefined;
	/** Meaningful words of the query that no shown result holds together with the others. */
	unmatched?: string[] | undefined;
	/** Path of the first result shown, so the report knows what customers saw first. */
	firstResult?: string | undefined;
}

/**
 * `search`: every settled search with results (sent); `unanswered-search`: none in the page's
 * language (sent instead of `search`); `partial-search`: results that answer only part of it
 * (dispatched on the page only: the sent `search` carries `strength: 'partial'`);
 * `no-click-search`: results shown and none opened.
 */
export interface SearchEventDetail extends EventBase, SearchFields {
	type: 'search' | 'unanswered-search' | 'partial-search' | 'no-click-search';
}

export interface SearchClickDetail extends EventBase, SearchFields {
	type: 'search-click';
	/** 1 for the first result. */
	position: number;
	/** Path of the opened result (with its section anchor). */
	target: string;
}

/**
 * A result opened and left within `RETURN_WINDOW_MS` for the search again (Back, or another search
 * typed on the opened page): the answer did not hold. `path` is the page returned to.
 */
export interface SearchReturnDetail extends EventBase, SearchFields {
	type: 'search-return';
	position: number;
	target: string;
	/** Whole seconds spent on the opened result. */
	seconds: number;
}

export interface FeedbackDetail extends EventBase {
	type: 'feedback';
	/** Article id `<category>/<slug>`. */
	article: string;
	helpful: boolean;
}

export type AnalyticsEvent = SearchEventDetail | SearchClickDetail | SearchReturnDetail | FeedbackDetail;

/** The window event name of a type: `destek:unanswered-search`. */
export function eventName(type: AnalyticsEventType): `destek:${AnalyticsEventType}` {
	return `destek:${type}`;
}

/** Longest query kept; longer input is cut here before anything else sees it. */
export const MAX_QUERY_LENGTH = 200;
/** Shorter queries (after trimming) are keystrokes, not searches. */
export const MIN_QUERY_LENGTH = 2;
/** Events a browser queues before it sends them; also a collector's per-request limit is larger. */
export const BATCH_SIZE = 10;
export const MAX_EVENTS_PER_REQUEST = 50;
export const MAX_BODY_BYTES = 16 * 1024;
/** Words of `unmatched` kept at most, and their longest length. */
export const MAX_UNMATCHED_WORDS = 10;
export const MAX_WORD_LENGTH = 40;
/** A result left for the search again sooner than this did not answer it (see search-return). */
export const RETURN_WINDOW_MS = 10_000;
