import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../src/analytics/event-schema.ts';
import { openD1Store } from '../src/collector/stores/d1-store.ts';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../src/hosting/security-headers.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import type { Report } from '../src/report/report-types.ts';
import { BAD_COLLECTOR_REQUESTS, sendBadRequest } from './helpers/bad-collector-requests.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { HASHED_FILE, PAGES, runWrangler, startLocalWorker, writeWorkerProject } from './helpers/local-worker.ts';

// The project's wrangler.jsonc in wrangler's local mode (workerd and Miniflare's D1, started once
// for the file) over a small site built for the base `/`; tests/cloudflare-worker-base.test.ts
// runs it under /help/.
const scratch = join(PROJECT_ROOT, 'tests', '.output', 'cloudflare-worker');
const DAY_MS = 24 * 60 * 60 * 1000;
const search = (query: string, type: 'search' | 'unanswered-search' = 'unanswered-search'): IncomingEvent => ({
	type,
	query,
	locale: 'tr',
	path: '/tr/',
	resultCount: type === 'search' ? 3 : 0,
	ts: Date.now(),
});

let config: string;
let local: Awaited<ReturnType<typeof startLocalWorker>>;
let site: URL;
let bundled: Promise<{ code: number; output: string }>;
const post = (events: unknown, from: string) =>
	fetch(new URL('api/search-events', site), {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'cf-connecting-ip': from },
		body: JSON.stringify({ events }),
	});
const count = async () => (await local.db.prepare('SELECT count(*) AS n FROM events').first<{ n: number }>())!.n;

beforeAll(async () => {
	config = writeWorkerProject(scratch, '/');
	// Bundled for deploy while the local runtime starts.
	bundled = runWrangler(config, 'deploy', '--dry-run', '--outdir', join(scratch, 'bundle'));
	local = await startLocalWorker(config);
	site = local.url;
});
afterAll(async () => {
	await bundled;
	await local?.worker.dispose();
});

describe('the help center as a Cloudflare Worker (wrangler.jsonc)', () => {
	it('stores a valid batch in D1 before answering 202, and answers preflights', async () => {
		const response = await post([search('hediye paketi'), search('iade kodu', 'search')], '203.0.113.1');
		expect(response.status).toBe(202);
		expect(await response.json()).toEqual({ accepted: 2 });
		const stored = await openD1Store(local.db).read();
		expect(stored.map((event) => [event.type, event.query, event.resultCount])).toEqual([
			['unanswered-search', 'hediye paketi', 0],
			['search', 'iade kodu', 3],
		]);
		expect(Math.abs(stored[0]!.receivedAt - Date.now())).toBeLessThan(60_000);
		const preflight = await fetch(new URL('api/search-events', site), { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } });
		expect(preflight.status).toBe(204);
	});

	it('refuses every bad request of the Node collector tests the same way, storing nothing', async () => {
		const before = await count();
		// At once, each from its own address (no rate limit in the way); the slowloris takes the collector's 10 s.
		const answers = await Promise.all(
			BAD_COLLECTOR_REQUESTS.map(async (bad, index) => {
				const response = await sendBadRequest(site, bad, { headers: { 'cf-connecting-ip': `198.51.100.${index + 1}` } });
				const answer: unknown = bad.answer ? await response.json() : await response.body?.cancel();
				return [bad.name, { status: response.status, ...(bad.answer ? { answer } : {}) }] as const;
			}),
		);
		expect(Object.fromEntries(answers)).toEqual(
			Object.fromEntries(
				BAD_COLLECTOR_REQUESTS.map((bad) => [bad.name, { status: bad.cloudflare?.status ?? bad.status, ...(bad.answer ? { answer: bad.answer } : {}) }]),
			),
		);
		expect(await count()).toBe(before);
		expect((await post([search('kargo nerede')], '203.0.113.2')).status).toBe(202);
		expect(await count()).toBe(before + 1);
	}, 30_000);

	it('slows down a flood from one address with 429 (DESTEK_RATE_LIMIT: 60) while others are served', async () => {
		const before = await count();
		const statuses = await Promise.all(Array.from({ length: 70 }, (_, n) => post([search(`sel ${n}`)], '192.0.2.9').then((response) => response.status)));
		expect(statuses.filter((status) => status === 202)).toHaveLength(60);
		expect(statuses.filter((status) => status === 429)).toHaveLength(10);
		expect((await post([search('fatura')], '192.0.2.10')).status).toBe(202);
		expect(await count()).toBe(before + 61);
	});

	it('serves pages with the security headers of _headers, and hashed files cached for a year', async () => {
		const page = await fetch(new URL('tr/', site));
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(PAGES['tr/index.html']);
		expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name)).toBe(value);
		const script = await fetch(new URL(HASHED_FILE, site));
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await fetch(new URL('_headers', site))).status).toBe(404);
	});

	it('applies the _redirects rules Cloudflare reads, and leaves / to the language picker', async () => {
		const moved = await fetch(new URL('yardim', site), { redirect: 'manual' });
		expect(moved.status).toBe(301);
		expect(new URL(moved.headers.get('location')!, site).pathname).toBe('/tr/');
		const root = await fetch(site, { redirect: 'manual' });
		expect(root.status).toBe(200);
		expect(await root.text()).toContain(PAGES['index.html']);
	});

	it('answers a missing page with the 404 page of its language, status 404', async () => {
		const missing = await fetch(new URL('tr/yok-boyle-bir-sayfa/', site));
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain(PAGES['tr/404.html']);
		const elsewhere = await fetch(new URL('nowhere', site));
		expect(elsewhere.status).toBe(404);
		expect(await elsewhere.text()).toContain(PAGES['404.html']);
		expect(elsewhere.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
	});

	it('deletes events older than DESTEK_RETENTION_DAYS (180) on its cron trigger', async () => {
		await openD1Store(local.db, { now: () => Date.now() - 181 * DAY_MS }).add([search('eski arama')]);
		expect(await local.scheduled('0 */6 * * *')).toMatchObject({ outcome: 'ok' });
		const queries = (await openD1Store(local.db).read()).map((event) => event.query);
		expect(queries).not.toContain('eski arama');
		expect(queries).toContain('hediye paketi');
	});

	it('bundles for wrangler deploy without an account or network, small', async () => {
		const { code, output } = await bundled;
		expect(code, output).toBe(0);
		expect(output).toMatch(/--dry-run: exiting now/);
		expect(output).not.toMatch(/ENOTFOUND|getaddrinfo|fetch failed|log ?in/i);
		const size = statSync(join(scratch, 'bundle', 'worker.js')).size;
		console.log(`Worker bundle: ${(size / 1024).toFixed(0)} kB (${output.match(/gzip: [\d.]+ KiB/)?.[0] ?? 'gzip size not printed'})`);
		expect(size).toBeLessThan(1024 * 1024);
	});

	it('exports the events with wrangler d1 export, which npm run report reads', async () => {
		const file = join(scratch, 'events.sql');
		const exported = await runWrangler(config, 'd1', 'export', 'destek-events', '--local', '--output', file);
		expect(exported.code, exported.output).toBe(0);
		let text = '';
		const code = await runReportCli(['--db', file, '--format', 'json', '--since', '1d'], {
			root: PROJECT_ROOT,
			stdout: (chunk) => (text += chunk),
			stderr: (chunk) => (text += chunk),
		});
		expect(code, text).toBe(0);
		const report = JSON.parse(text) as Report;
		expect(report.searches).toBe(await count());
		expect(report.needs.map((need) => need.query)).toContain('hediye paketi');
	});
});
