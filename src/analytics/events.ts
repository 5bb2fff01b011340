import type { z } from 'zod';
import type { FeedbackEvent, SearchClickEvent, SearchEvent, SearchReturnEvent } from './event-schema.ts';

/**
 * The analytics contract as the browser sees it: every event is dispatched on `window` as
 * `destek:<type>` with one of these as `detail`, and the same object is what the collector
 * stores. The types are derived from the collector's zod schema (event-schema.ts), so the two
 * cannot drift apart; only `partial-search` is the page's own. Stores wire their own tools to the
 * window events; see docs/analytics.md.
 */
export * from './event-limits.ts';

export const EVENT_TYPES = ['search', 'unanswered-search', 'partial-search', 'no-click-search', 'search-click', 'search-return', 'feedback'] as const;
export type AnalyticsEventType = (typeof EVENT_TYPES)[number];

/**
 * `search`: every settled search with results (sent); `unanswered-search`: none in the page's
 * language (sent instead of `search`); `partial-search`: results that answer only part of it
 * (dispatched on the page only: the sent `search` carries `strength: 'partial'`);
 * `no-click-search`: results shown and none opened. `query` is scrubbed of personal data
 * (scrub.ts); `unmatched` holds the meaningful words no shown result holds together with the
 * others; `firstResult` the path of the first result shown.
 */
export type SearchEventDetail = Omit<z.output<typeof SearchEvent>, 'type'> & { type: z.output<typeof SearchEvent>['type'] | 'partial-search' };
/** A result opened: `position` 1 for the first, `target` its path with the section anchor. */
export type SearchClickDetail = z.output<typeof SearchClickEvent>;
/**
 * A result opened and left within `RETURN_WINDOW_MS` for the search again (Back, or another search
 * typed on the opened page): the answer did not hold. `path` is the page returned to, `seconds`
 * the whole seconds spent on the result.
 */
export type SearchReturnDetail = z.output<typeof SearchReturnEvent>;
/** Article feedback: `article` is the id `<category>/<slug>`. */
export type FeedbackDetail = z.output<typeof FeedbackEvent>;
export type AnalyticsEvent = SearchEventDetail | SearchClickDetail | SearchReturnDetail | FeedbackDetail;

/** The window event name of a type: `destek:unanswered-search`. */
export function eventName(type: AnalyticsEventType): `destek:${AnalyticsEventType}` {
	return `destek:${type}`;
}
