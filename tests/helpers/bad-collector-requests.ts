import { COLLECTOR_PATH, MAX_BODY_BYTES, MAX_EVENTS_PER_REQUEST } from '../../src/analytics/event-limits.ts';

/**
 * A request the collector must refuse with `status`, storing nothing, on every host: the Node
 * server (src/server/collector/hostile-requests.test.ts) and the Cloudflare Worker
 * (tests/cloudflare-worker.test.ts) send the same list.
 */
export interface BadCollectorRequest {
	/** What is wrong with it, as the test names it: "refuses <name>". */
	name: string;
	status: number;
	/**
	 * Where Cloudflare answers otherwise, and why. Only for what never reaches the Worker: its
	 * asset server answers first.
	 */
	cloudflare?: { status: number; because: string };
	/** Relative to the site's base; the collector's own path when left out. */
	path?: string;
	/** POST when left out. */
	method?: string;
	headers?: Record<string, string>;
	/** Made anew for each send: a stream is read once. */
	body?: () => BodyInit;
	/** The exact JSON answer, where the message matters. */
	answer?: unknown;
}

const search = (query: string, extra: Record<string, unknown> = {}) => ({
	type: 'unanswered-search',
	query,
	locale: 'tr',
	path: '/tr/',
	resultCount: 0,
	ts: Date.now(),
	...extra,
});
const json = (value: unknown) => () => JSON.stringify(value);
const batchWith = (event: unknown) => json({ events: [search('kargo'), event] });
const answered = {
	type: 'search',
	query: 'kampanya kodu',
	locale: 'tr',
	path: '/tr/',
	resultCount: 3,
	strength: 'partial',
	unmatched: ['kampanya', 'kodu'],
	firstResult: '/tr/hesap/hesap-guvenligi/',
	ts: 1,
};
// The longest a return lasts (RETURN_WINDOW_MS): result-return.ts can send 10 seconds.
const returned = {
	...answered,
	type: 'search-return',
	unmatched: ['kampanya'],
	position: 2,
	target: '/tr/odeme/odeme-yontemleri/#kampanya',
	seconds: 10,
	ts: 2,
};

const TEN_MB = 10 * 2 ** 20;

/** 10 MB in 64 kB chunks, without a Content-Length. */
function streamedTenMegabytes(): ReadableStream<Uint8Array> {
	const chunk = new Uint8Array(64 * 1024).fill(0x61);
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent >= TEN_MB) return controller.close();
			controller.enqueue(chunk);
			sent += chunk.length;
		},
	});
}

/** The start of a batch, then a space every 100 ms for up to 30 s (slowloris), until the server gives up. */
function trickle(): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let drops = 0;
	return new ReadableStream({
		start(controller) {
			controller.enqueue(encoder.encode('{"events":['));
		},
		async pull(controller) {
			await new Promise((done) => setTimeout(done, 100));
			if (++drops > 300) return controller.close();
			controller.enqueue(encoder.encode(' '));
		},
	});
}

export const BAD_COLLECTOR_REQUESTS: BadCollectorRequest[] = [
	{ name: 'a 10 MB body with its length declared, without reading it', status: 413, body: () => new Uint8Array(TEN_MB).fill(0x61) },
	{ name: 'a 10 MB body streamed without a length, once past the limit', status: 413, body: streamedTenMegabytes },
	{
		name: `a body over ${MAX_BODY_BYTES / 1024} kB`,
		status: 413,
		body: json({ events: [search('kargo', { path: `/${'a'.repeat(MAX_BODY_BYTES + 1000)}` })] }),
	},
	{ name: 'a body that trickles in (slowloris) once its time is up', status: 408, body: trickle },
	{ name: 'deeply nested arrays', status: 422, body: () => `{"events":${'['.repeat(7000)}${']'.repeat(7000)}}` },
	{ name: 'deeply nested objects', status: 422, body: () => `{"events":[${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}]}` },
	{
		name: 'a query holding bytes that are not UTF-8',
		status: 400,
		answer: { error: 'the body is not UTF-8 text' },
		body: () => {
			const [before, after] = JSON.stringify({ events: [search('kargo @')] }).split('@') as [string, string];
			const encoder = new TextEncoder();
			return new Uint8Array([...encoder.encode(before), 0xff, 0xfe, ...encoder.encode(after)]);
		},
	},
	{ name: 'malformed JSON', status: 400, body: () => '{"events": [' },
	...['GET', 'PUT', 'DELETE', 'PATCH'].map((method) => ({ name: `the method ${method}`, method, status: 405 })),
	{
		name: 'a post to another path under api/',
		path: 'api/other',
		status: 404,
		cloudflare: { status: 405, because: 'Cloudflare serves every path but the collector as static assets, which take only GET and HEAD' },
		body: json({ events: [search('kargo')] }),
	},
	{ name: 'another content type', status: 415, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: json({ events: [search('kargo')] }) },
	{ name: 'an origin that is not allowed', status: 403, headers: { origin: 'https://evil.example' }, body: json({ events: [search('iade')] }) },
	{
		name: `more than ${MAX_EVENTS_PER_REQUEST} events`,
		status: 422,
		body: json({ events: Array.from({ length: MAX_EVENTS_PER_REQUEST + 1 }, () => search('kargo')) }),
	},
	{ name: 'no events', status: 422, body: json({ events: [] }) },
	{ name: 'not an object', status: 422, body: () => '[1,2,3]' },
	{ name: 'an unknown type', status: 422, body: json({ events: [search('kargo', { type: 'pageview' })] }) },
	{ name: 'a wrong field type', status: 422, body: json({ events: [search('kargo', { resultCount: '0' })] }) },
	{ name: 'an over-long query', status: 422, body: json({ events: [search('k'.repeat(201))] }) },
	{ name: 'a one-letter query', status: 422, body: json({ events: [search('k')] }) },
	{ name: 'an unknown field (no identifiers)', status: 422, body: json({ events: [search('kargo', { userId: 'u-1' })] }) },
	{ name: 'one bad event among good ones', status: 422, body: batchWith(search('iade', { locale: 'Türkçe' })) },
	{ name: 'a strength it does not know', status: 422, body: batchWith({ ...answered, strength: 'maybe' }) },
	{ name: 'a return longer than the return window', status: 422, body: batchWith({ ...returned, seconds: 99 }) },
	{ name: 'a return of negative seconds', status: 422, body: batchWith({ ...returned, seconds: -1 }) },
	{ name: 'a return without its seconds', status: 422, body: batchWith({ ...returned, seconds: undefined }) },
	{ name: '11 unmatched words', status: 422, body: batchWith({ ...answered, unmatched: Array.from({ length: 11 }, (_, i) => `kelime${i}`) }) },
	{ name: 'an over-long unmatched word', status: 422, body: batchWith({ ...answered, unmatched: ['k'.repeat(41)] }) },
	{ name: 'a first result that is not a path', status: 422, body: batchWith({ ...answered, firstResult: 'https://evil.example/' }) },
	{ name: 'an unknown field on a return', status: 422, body: batchWith({ ...returned, sessionId: 's-1' }) },
	{ name: 'seconds on a search', status: 422, body: batchWith({ ...answered, seconds: 4 }) },
	{ name: 'a partial-search, which stays on the page', status: 422, body: batchWith({ ...answered, type: 'partial-search' }) },
];

/**
 * Sends one of the requests to the site at `base` (`http://127.0.0.1:4321/help/`), JSON unless it
 * says otherwise; `send` is the host's fetch (the Worker's own for the Cloudflare test).
 */
export function sendBadRequest(
	base: URL,
	bad: BadCollectorRequest,
	{ send = fetch, headers = {} }: { send?: typeof fetch; headers?: Record<string, string> } = {},
): Promise<Response> {
	const method = bad.method ?? 'POST';
	const body = method === 'GET' || method === 'HEAD' ? undefined : bad.body?.();
	const init = { method, headers: { 'content-type': 'application/json', ...headers, ...bad.headers }, body, duplex: 'half' } as RequestInit;
	return send(new URL(bad.path ?? COLLECTOR_PATH, base), init);
}
