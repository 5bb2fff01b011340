import { z } from 'astro/zod';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../analytics/event-limits.ts';
import { OriginSchema } from './origin.ts';

/** Recording of searches (what customers looked for and did not find) and article feedback. */
export const AnalyticsSchema = z.strictObject({
	/**
	 * Send events at all. `false` still dispatches the `destek:*` events on `window`.
	 * @default true
	 */
	enabled: z.boolean().default(true),
	/**
	 * Where browsers post event batches: a path on the help center's host or a full URL of a
	 * collector (`npm run collector`); `false` sends nothing but the adapters' events.
	 * @default '<base>api/search-events' (served by `npm start`)
	 * @example 'https://collector.example.com/api/search-events'
	 */
	endpoint: z
		.union([z.literal(false), z.string().startsWith('/', { message: 'a path starting with "/" or a full https:// URL' }), z.url({ protocol: /^https?$/ })])
		.optional(),
	/**
	 * A search counts once typing has paused this long (or on Enter, a click, or leaving).
	 * @default 1500
	 */
	settleMs: z.number().int().min(300).max(10_000).default(1500),
	/**
	 * `pending`: nothing is sent until the store's consent banner calls
	 * `window.destek.analytics.setConsent(true)`.
	 * @default 'granted'
	 */
	consent: z.enum(['granted', 'pending']).default('granted'),
	/**
	 * The store's analytics tools that also get the events, through their own page script.
	 * @example ['plausible', 'ga4']
	 */
	adapters: z.array(z.enum(['plausible', 'umami', 'posthog', 'ga4'])).default([]),
	/**
	 * Days the collector keeps events.
	 * @default 180
	 */
	retentionDays: z.number().int().min(1).max(3650).default(180),
	/**
	 * Most disk the collector's database may use. When it is full, posts get 503 (and one line in
	 * the log) until retention frees room; nothing already stored is touched.
	 * @default 1024
	 */
	maxDatabaseMB: z.number().int().min(1).default(1024),
	/**
	 * Other origins allowed to post to the collector (the help center's, when `npm run collector`
	 * runs on another host). Same-origin posts need no entry.
	 * @example ['https://help.example.com']
	 */
	allowedOrigins: z.array(OriginSchema).default([]),
	/**
	 * Requests per minute one client may send to the collector before it gets 429.
	 * @default 60
	 */
	rateLimitPerMinute: z.number().int().min(1).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
	/**
	 * The collector is behind a proxy: take the client address for rate limiting from
	 * `X-Forwarded-For` (it is never stored).
	 * @default false
	 */
	trustProxy: z.boolean().default(false),
});

export type AnalyticsConfig = z.output<typeof AnalyticsSchema>;
