/**
 * The analytics contract: every event is dispatched on `window` as `destek:<type>` with one of
 * these as `detail`, and the same object (minus `ts` on the server) is what the collector stores.
 * Stores wire their own tools to the window events; see docs/analytics.md.
 */
export const EVENT_TYPES = ['search', 'unanswered-search', 'no-click-search', 'search-click', 'feedback'] as const;
export type AnalyticsEventType = (typeof EVENT_TYPES)[number];

interface EventBase {
	/** Locale of the page the event happened on. */
	locale: string;
	/** Path of that page, without query string or hash. */
	path: string;
	/** Milliseconds since the epoch, from the browser's clock. */
	ts: number;
}

export interface SearchEventDetail extends EventBase {
	type: 'search' | 'unanswered-search' | 'no-click-search';
	/** What the customer typed, scrubbed of personal data (see scrub.ts). */
	query: string;
	/** Filters applied on the search page, e.g. `{ category: ['iade'] }`. */
	filters?: Record<string, string[]> | undefined;
	/** Results shown in the page's own language (0 for an unanswered search). */
	resultCount: number;
}

export interface SearchClickDetail extends EventBase {
	type: 'search-click';
	query: string;
	filters?: Record<string, string[]> | undefined;
	resultCount: number;
	/** 1 for the first result. */
	position: number;
	/** Path of the opened result (with its section anchor). */
	target: string;
}

export interface FeedbackDetail extends EventBase {
	type: 'feedback';
	/** Article id `<category>/<slug>`. */
	article: string;
	helpful: boolean;
}

export type AnalyticsEvent = SearchEventDetail | SearchClickDetail | FeedbackDetail;

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
