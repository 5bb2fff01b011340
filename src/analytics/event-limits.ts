/**
 * The limits of the event contract, shared by the browser (which keeps within them) and every
 * collector (which refuses what is over them).
 */

/**
 * Longest query kept and searched; longer input is a pasted message, not a search. The browser cuts
 * it here before anything else sees it (scrub.ts, normalize-query.ts); collectors refuse more.
 */
export const MAX_QUERY_LENGTH = 200;
/** Shorter queries (after trimming) are keystrokes, not searches. */
export const MIN_QUERY_LENGTH = 2;
/** Events a browser queues before it sends them; a collector takes larger batches. */
export const BATCH_SIZE = 10;
export const MAX_EVENTS_PER_REQUEST = 50;
export const MAX_BODY_BYTES = 16 * 1024;
/** Longest a client may take to send its body before the collector answers 408. */
export const BODY_TIMEOUT_MS = 10_000;
/** Requests per client and minute when `analytics.rateLimitPerMinute` is not set. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;
/** Words of `unmatched` kept at most, and their longest length. */
export const MAX_UNMATCHED_WORDS = 10;
export const MAX_WORD_LENGTH = 40;
/** A result left for the search again sooner than this did not answer it (see search-return). */
export const RETURN_WINDOW_MS = 10_000;

/**
 * How well the results answer the query (src/search/answer-strength.ts): `full` when a result
 * holds its meaningful words where it is about them (title, headings, keywords) or together in one
 * sentence; `partial` when a word is in no article, or the words are only found apart; `none`
 * when nothing was found in the page's language.
 */
export const ANSWER_STRENGTHS = ['full', 'partial', 'none'] as const;
export type AnswerStrength = (typeof ANSWER_STRENGTHS)[number];

/** Where every collector listens, under the site's base: `/help/api/search-events`. */
export const COLLECTOR_PATH = 'api/search-events';

export function collectorPath(base: string): string {
	return `${base.endsWith('/') ? base : `${base}/`}${COLLECTOR_PATH}`;
}
