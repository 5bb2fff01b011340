import { z } from 'astro/zod';
import { ANSWER_STRENGTHS, MAX_EVENTS_PER_REQUEST, MAX_QUERY_LENGTH, MAX_UNMATCHED_WORDS, MAX_WORD_LENGTH, MIN_QUERY_LENGTH, RETURN_WINDOW_MS } from '../../analytics/events.ts';

/**
 * What the collector accepts: exactly the fields of src/analytics/events.ts, nothing more (`partial-search` is never sent: a `search` carries its strength) (an
 * unknown field is refused, so no identifier can sneak in), each with a type and a length limit.
 */
const locale = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/, { message: 'a locale code such as "tr" or "pt-BR"' });
const path = z.string().min(1).max(512).startsWith('/');
const query = z.string().trim().min(MIN_QUERY_LENGTH).max(MAX_QUERY_LENGTH);
const filters = z
	.record(z.string().min(1).max(40), z.array(z.string().min(1).max(80)).max(10))
	.refine((value) => Object.keys(value).length <= 5, { message: 'at most 5 filters' })
	.optional();
const ts = z.number().int().positive();
const resultCount = z.number().int().min(0).max(100_000);
// Optional: pages built before answer strength (still cached on CDNs) send events without them.
const searchFields = {
	query,
	locale,
	path,
	filters,
	resultCount,
	strength: z.enum(ANSWER_STRENGTHS).optional(),
	unmatched: z.array(z.string().min(1).max(MAX_WORD_LENGTH)).max(MAX_UNMATCHED_WORDS).optional(),
	firstResult: path.optional(),
	ts,
};
const position = z.number().int().min(1).max(1000);

const SearchEvent = z.strictObject({
	type: z.enum(['search', 'unanswered-search', 'no-click-search']),
	...searchFields,
});
const SearchClickEvent = z.strictObject({
	type: z.literal('search-click'),
	...searchFields,
	position,
	target: path,
});
const SearchReturnEvent = z.strictObject({
	type: z.literal('search-return'),
	...searchFields,
	position,
	target: path,
	seconds: z.number().int().min(0).max(Math.ceil(RETURN_WINDOW_MS / 1000)),
});
const FeedbackEvent = z.strictObject({
	type: z.literal('feedback'),
	article: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).max(200),
	helpful: z.boolean(),
	locale,
	path,
	ts,
});

export const EventBatchSchema = z.strictObject({
	events: z.array(z.discriminatedUnion('type', [SearchEvent, SearchClickEvent, SearchReturnEvent, FeedbackEvent])).min(1).max(MAX_EVENTS_PER_REQUEST),
});
export type EventBatch = z.output<typeof EventBatchSchema>;
export type IncomingEvent = EventBatch['events'][number];
