import { BODY_TIMEOUT_MS, DEFAULT_RATE_LIMIT_PER_MINUTE, MAX_BODY_BYTES } from '../analytics/event-limits.ts';
import { EventBatchSchema } from '../analytics/event-schema.ts';
import { scrubEvent } from '../analytics/scrub.ts';
import type { EventSink } from './event-store.ts';
import { createRateLimiter } from './rate-limit.ts';
import { BodyNotUtf8Error, BodyTooLargeError, BodyTooSlowError, readRequestBody } from './read-request-body.ts';
import { reportStoreHealth } from './store-health.ts';

export interface CollectorOptions {
	store: EventSink;
	/** Other origins that may post (CORS); same-origin posts are always allowed. */
	allowedOrigins?: string[] | undefined;
	rateLimitPerMinute?: number | undefined;
	/** Longest a client may take to send its body. */
	bodyTimeoutMs?: number | undefined;
	/** Where the one line about a failing database goes (and the one when it works again). */
	log?: ((line: string) => void) | undefined;
}

/** Who sent the request, as the host knows it; only kept in memory for rate limiting. */
export interface ClientInfo {
	address?: string | undefined;
}

export type Collector = (request: Request, client?: ClientInfo) => Promise<Response>;

/** `sendBeacon` with a string sends text/plain; scripts send JSON. */
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain']);

/**
 * The collector, as a web-standard handler every host shares (the Node server, the Cloudflare
 * Worker, Netlify and Vercel functions): `POST` with `{ "events": [...] }`. Anything malformed
 * gets a 4xx with a JSON error and nothing is stored; accepted events are committed before the
 * 202; a store that cannot write gives 503 with Retry-After. The host routes only requests for
 * `<base>api/search-events` here (see isCollectorPath).
 */
export function createCollector(options: CollectorOptions): Collector {
	const { store } = options;
	const allowedOrigins = new Set(options.allowedOrigins ?? []);
	const allow = createRateLimiter({ perMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE });
	const storeHealth = reportStoreHealth(options.log ?? ((line) => console.error(line)));

	return async function collect(request, client = {}) {
		const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
		const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
			for (const [name, value] of Object.entries(extra)) headers.set(name, value);
			return new Response(JSON.stringify(body), { status, headers });
		};

		const origin = request.headers.get('origin');
		if (origin && !isSameOrigin(origin, request)) {
			if (!allowedOrigins.has(origin) && !allowedOrigins.has('*')) {
				return reply(403, { error: `origin ${origin} may not post events; add it to analytics.allowedOrigins` });
			}
			headers.set('access-control-allow-origin', origin);
			headers.set('vary', 'origin');
		}
		if (request.method === 'OPTIONS') {
			headers.delete('content-type');
			headers.set('access-control-allow-methods', 'POST');
			headers.set('access-control-allow-headers', 'content-type');
			headers.set('access-control-max-age', '86400');
			return new Response(null, { status: 204, headers });
		}
		if (request.method !== 'POST') return reply(405, { error: 'send events with POST' }, { allow: 'POST, OPTIONS' });
		if (!allow(client.address ?? 'unknown')) return reply(429, { error: 'too many requests; wait a minute' }, { 'retry-after': '60' });
		const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
		if (!ACCEPTED_TYPES.has(type)) return reply(415, { error: 'send JSON as application/json or text/plain' });

		let body: string;
		try {
			body = await readRequestBody(request, MAX_BODY_BYTES, options.bodyTimeoutMs ?? BODY_TIMEOUT_MS);
		} catch (error) {
			// The client may still be sending: hosts close the connection rather than read the rest.
			headers.set('connection', 'close');
			if (error instanceof BodyTooLargeError) return reply(413, { error: `the body is over ${MAX_BODY_BYTES} bytes; send fewer events per request` });
			if (error instanceof BodyTooSlowError) return reply(408, { error: 'the body took too long to arrive' });
			if (error instanceof BodyNotUtf8Error) return reply(400, { error: 'the body is not UTF-8 text' });
			return reply(400, { error: 'the request body could not be read' });
		}
		let json: unknown;
		try {
			json = JSON.parse(body);
		} catch {
			return reply(400, { error: 'the body is not valid JSON' });
		}
		const parsed = EventBatchSchema.safeParse(json);
		if (!parsed.success) {
			const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
			return reply(422, { error: 'invalid events; nothing was stored', problems });
		}
		try {
			// Browsers scrub before sending; a script posting directly is scrubbed here.
			await store.add(parsed.data.events.map(scrubEvent));
		} catch (error) {
			storeHealth.failed(error);
			return reply(503, { error: 'the events could not be stored; try again later' }, { 'retry-after': '30' });
		}
		storeHealth.worked();
		return reply(202, { accepted: parsed.data.events.length });
	};
}

/** Whether a request path is the collector's (`path` with or without its trailing slash). */
export function isCollectorPath(pathname: string, path: string): boolean {
	return pathname === path || pathname === path.replace(/\/$/, '');
}

function isSameOrigin(origin: string, request: Request): boolean {
	try {
		return new URL(origin).host === new URL(request.url).host;
	} catch {
		return false;
	}
}
