// Plain zod, not astro/zod: this file is bundled into the Cloudflare Worker and serverless functions.
import { z } from 'zod';
import {
	ANSWER_STRENGTHS,
	MAX_EVENTS_PER_REQUEST,
	MAX_QUERY_LENGTH,
	MAX_UNMATCHED_WORDS,
	MAX_WORD_LENGTH,
	MIN_QUERY_LENGTH,
	RETURN_WINDOW_MS,
} from './event-limits.ts';

/**
 * The event contract, in one place: what the collector accepts, and (as types derived from it in
 * events.ts) what the browser sends. Exactly these fields and nothing more (an unknown field is
 * refused, so no identifier can sneak in), each with a type and a length limit.
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

/** `partial-search` is dispatched on the page only: the sent `search` carries its strength. */
export const SENT_SEARCH_TYPES = ['search', 'unanswered-search', 'no-click-search'] as const;

export const SearchEvent = z.strictObject({
	type: z.enum(SENT_SEARCH_TYPES),
	...searchFields,
});
export const SearchClickEvent = z.strictObject({
	type: z.literal('search-click'),
	...searchFields,
	position,
	target: path,
});
export const SearchReturnEvent = z.strictObject({
	type: z.literal('search-return'),
	...searchFields,
	position,
	target: path,
	seconds: z
		.number()
		.int()
		.min(0)
		.max(Math.ceil(RETURN_WINDOW_MS / 1000)),
});
export const FeedbackEvent = z.strictObject({
	type: z.literal('feedback'),
	article: z
		.string()
		.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
		.max(200),
	helpful: z.boolean(),
	locale,
	path,
	ts,
});

/**
 * Posted by `npm run collector:check` to see whether a deployed site stores events; the report
 * leaves it out.
 */
export const CollectorCheckEvent = z.strictObject({
	type: z.literal('collector-check'),
	locale,
	path,
	ts,
});

export const EventBatchSchema = z.strictObject({
	events: z
		.array(z.discriminatedUnion('type', [SearchEvent, SearchClickEvent, SearchReturnEvent, FeedbackEvent, CollectorCheckEvent]))
		.min(1)
		.max(MAX_EVENTS_PER_REQUEST),
});
export type EventBatch = z.output<typeof EventBatchSchema>;
export type IncomingEvent = EventBatch['events'][number];
/** What customers' browsers send: every event but the collector check. */
export type CustomerEvent = Exclude<IncomingEvent, { type: 'collector-check' }>;
