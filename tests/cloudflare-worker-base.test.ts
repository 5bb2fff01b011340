import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectorPath } from '../src/analytics/event-limits.ts';
import { openD1Store } from '../src/collector/stores/d1-store.ts';
import { contentSecurityPolicy } from '../src/hosting/security-headers.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { PAGES, startLocalWorker, writeWorkerProject } from './helpers/local-worker.ts';

// A help center built with base /help/ (a store's shop.example/help/), with wrangler.jsonc changed
// as its comments say: assets.base_path and the collector's path in run_worker_first.
const BASE = '/help/';
const scratch = join(PROJECT_ROOT, 'tests', '.output', 'cloudflare-worker-base');

let local: Awaited<ReturnType<typeof startLocalWorker>>;
beforeAll(async () => {
	local = await startLocalWorker(writeWorkerProject(scratch, BASE));
});
afterAll(async () => {
	await local?.worker.dispose();
});

describe('the Cloudflare Worker under a base path', () => {
	it('serves dist/ under the base with the headers, redirects and 404 pages the build wrote for it', async () => {
		const page = await fetch(new URL(`${BASE}tr/`, local.url));
		expect(await page.text()).toContain(PAGES['tr/index.html']);
		expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
		const moved = await fetch(new URL(`${BASE}yardim`, local.url), { redirect: 'manual' });
		expect([moved.status, moved.headers.get('location')]).toEqual([301, `${BASE}tr/`]);
		const missing = await fetch(new URL(`${BASE}tr/yok/`, local.url));
		expect([missing.status, await missing.text()]).toEqual([404, expect.stringContaining(PAGES['tr/404.html'])]);
		expect((await fetch(new URL('tr/', local.url))).status).toBe(404);
	});

	it('stores events posted to <base>api/search-events', async () => {
		const event = { type: 'unanswered-search', query: 'hediye paketi', locale: 'tr', path: `${BASE}tr/`, resultCount: 0, ts: Date.now() };
		const response = await fetch(new URL(collectorPath(BASE), local.url), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ events: [event] }),
		});
		expect(response.status).toBe(202);
		expect((await openD1Store(local.db).read()).map((stored) => stored.path)).toEqual([`${BASE}tr/`]);
	});
});
