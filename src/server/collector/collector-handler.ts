import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../../analytics/events.ts';
import { cleanSearchTexts } from '../../analytics/scrub.ts';
import { EventBatchSchema, type IncomingEvent } from './event-schema.ts';
import type { EventStore } from './event-store.ts';
import { createRateLimiter } from './rate-limit.ts';
import { BodyNotUtf8Error, BodyTooLargeError, BodyTooSlowError, readBody } from './read-body.ts';

export interface CollectorOptions {
	store: EventStore;
	/** Path events are posted to, `<base>api/search-events`. */
	path: string;
	/** Other origins that may post (CORS); same-origin posts are always allowed. */
	allowedOrigins?: string[];
	rateLimitPerMinute?: number;
	/** Take the client address for rate limiting from `X-Forwarded-For` (behind a proxy). */
	trustProxy?: boolean;
	/** Longest a client may take to send its body. */
	bodyTimeoutMs?: number;
	/** Where the one line about a failing database goes (and the one when it works again). */
	log?: (line: string) => void;
}

/** `sendBeacon` with a string sends text/plain; scripts send JSON. */
const ACCEPTED_TYPES = new Set(['application/json', 'text/plain']);

/**
 * `POST <path>` with `{ "events": [...] }`. Anything malformed gets a 4xx with a JSON error and
 * nothing is stored; accepted events are on disk before the 202. Returns false for requests that
 * are not for the collector, so it can share a server with the static site.
 */
export function createCollectorHandler(options: CollectorOptions) {
	const { store, path } = options;
	const allowedOrigins = new Set(options.allowedOrigins ?? []);
	const allow = createRateLimiter({ perMinute: options.rateLimitPerMinute ?? 60 });
	const storeHealth = reportStoreHealth(options.log ?? ((line) => console.error(line)));

	return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (url.pathname !== path && url.pathname !== path.replace(/\/$/, '')) return false;

		const origin = request.headers.origin;
		if (origin && !isSameOrigin(origin, request)) {
			if (!allowedOrigins.has(origin) && !allowedOrigins.has('*')) {
				reply(response, 403, { error: `origin ${origin} may not post events; add it to analytics.allowedOrigins` });
				return true;
			}
			response.setHeader('access-control-allow-origin', origin);
			response.setHeader('vary', 'origin');
		}
		if (request.method === 'OPTIONS') {
			response.writeHead(204, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' }).end();
			return true;
		}
		if (request.method !== 'POST') {
			response.setHeader('allow', 'POST, OPTIONS');
			reply(response, 405, { error: 'send events with POST' });
			return true;
		}
		if (!allow(clientAddress(request, options.trustProxy))) {
			response.setHeader('retry-after', '60');
			reply(response, 429, { error: 'too many requests; wait a minute' });
			return true;
		}
		const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
		if (!ACCEPTED_TYPES.has(type)) {
			reply(response, 415, { error: 'send JSON as application/json or text/plain' });
			return true;
		}
		let body: string;
		try {
			body = await readBody(request, MAX_BODY_BYTES, options.bodyTimeoutMs);
		} catch (error) {
			// The client may still be sending: answer, then close the connection rather than read the rest.
			response.setHeader('connection', 'close');
			response.once('finish', () => request.socket.destroy());
			if (error instanceof BodyTooLargeError) reply(response, 413, { error: `the body is over ${MAX_BODY_BYTES} bytes; send fewer events per request` });
			else if (error instanceof BodyTooSlowError) reply(response, 408, { error: 'the body took too long to arrive' });
			else if (error instanceof BodyNotUtf8Error) reply(response, 400, { error: 'the body is not UTF-8 text' });
			else reply(response, 400, { error: 'the request body could not be read' });
			return true;
		}
		let json: unknown;
		try {
			json = JSON.parse(body);
		} catch {
			reply(response, 400, { error: 'the body is not valid JSON' });
			return true;
		}
		const parsed = EventBatchSchema.safeParse(json);
		if (!parsed.success) {
			const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
			reply(response, 422, { error: 'invalid events; nothing was stored', problems });
			return true;
		}
		try {
			await store.add(parsed.data.events.map(scrub));
		} catch (error) {
			storeHealth.failed(error);
			response.setHeader('retry-after', '30');
			reply(response, 503, { error: 'the events could not be stored; try again later' });
			return true;
		}
		storeHealth.worked();
		reply(response, 202, { accepted: parsed.data.events.length });
		return true;
	};
}

/**
 * A full or read-only disk fails every request until it is fixed: one line when writing starts to
 * fail (with SQLite's reason) and one when it works again, not a line per request.
 */
function reportStoreHealth(log: (line: string) => void) {
	let failing = false;
	return {
		failed(error: unknown) {
			if (failing) return;
			failing = true;
			const reason = error instanceof Error ? error.message : String(error);
			log(`[destek collector] cannot write search events (${reason}); answering 503 until the database can be written again`);
		},
		worked() {
			if (!failing) return;
			failing = false;
			log('[destek collector] writing search events again');
		},
	};
}

/** Browsers scrub before sending; a script posting directly is scrubbed here. */
function scrub(event: IncomingEvent): IncomingEvent {
	return event.type === 'feedback' ? event : cleanSearchTexts(event);
}

function isSameOrigin(origin: string, request: IncomingMessage): boolean {
	try {
		return new URL(origin).host === request.headers.host;
	} catch {
		return false;
	}
}

function clientAddress(request: IncomingMessage, trustProxy = false): string {
	const forwarded = trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0]!.trim() : '';
	return forwarded || request.socket.remoteAddress || 'unknown';
}

function reply(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
