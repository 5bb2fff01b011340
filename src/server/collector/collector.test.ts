import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollector, type CollectorOptions } from '../../collector/collector.ts';
import { openSqliteStore, type SqliteEventStore } from '../../collector/stores/sqlite-store.ts';
import { nodeCollectorHandler } from './node-collector.ts';
import { keepForDays } from './retention.ts';

const root = resolve(import.meta.dirname, '../../..');
const scratch = join(root, 'tests', '.output', 'collector');
const PATH = '/help/api/search-events';

const search = (query: string, extra: Record<string, unknown> = {}) => ({
	type: 'unanswered-search',
	query,
	locale: 'tr',
	path: '/help/tr/',
	resultCount: 0,
	ts: Date.now(),
	...extra,
});

let file: string;
let store: SqliteEventStore;
let server: Server;
let url: string;

async function start(options: Partial<CollectorOptions> = {}) {
	store = openSqliteStore(file);
	const handle = nodeCollectorHandler(createCollector({ store, ...options }), PATH);
	server = createServer((request, response) => {
		// A rejection is left to vitest, which fails the run with its stack.
		void handle(request, response).then((handled) => handled || response.writeHead(404).end());
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
}
async function stop() {
	await new Promise((done) => server.close(done));
	await store.close();
}
function post(body: unknown, headers: Record<string, string> = {}) {
	return fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

beforeEach(async (context) => {
	mkdirSync(scratch, { recursive: true });
	file = join(scratch, `${context.task.id}.sqlite`);
	rmSync(file, { force: true });
	await start();
});
afterEach(async () => {
	if (server.listening) await stop();
});

// Bad requests, every one refused the same way on every host: tests/helpers/bad-collector-requests.ts,
// sent by hostile-requests.test.ts (Node) and tests/cloudflare-worker.test.ts (workerd).
describe('the collector', () => {
	it('stores a valid batch before answering 202, sent as JSON or as sendBeacon text', async () => {
		const json = await post({ events: [search('kargo yok'), search('iade kodu', { type: 'search', resultCount: 3 })] });
		expect(json.status).toBe(202);
		expect(await json.json()).toEqual({ accepted: 2 });
		const beacon = await post(
			JSON.stringify({
				events: [
					{
						type: 'search-click',
						query: 'iade',
						locale: 'en',
						path: '/help/en/',
						resultCount: 4,
						position: 2,
						target: '/help/en/returns/refund/#steps',
						ts: 1,
					},
					{ type: 'feedback', article: 'iade/iade-sureci', helpful: false, locale: 'tr', path: '/help/tr/iade/iade-sureci/', ts: 1 },
				],
			}),
			{ 'content-type': 'text/plain;charset=UTF-8' },
		);
		expect(beacon.status).toBe(202);
		const rows = await store.read();
		expect(rows.map((r) => [r.type, r.query, r.resultCount])).toEqual([
			['unanswered-search', 'kargo yok', 0],
			['search', 'iade kodu', 3],
			['search-click', 'iade', 4],
			['feedback', null, null],
		]);
		expect(rows[2]).toMatchObject({ position: 2, target: '/help/en/returns/refund/#steps' });
		expect(rows[3]).toMatchObject({ article: 'iade/iade-sureci', helpful: false });
	});

	it('scrubs queries again, for clients that post directly', async () => {
		await post({ events: [search('siparis 123456789 ali@example.com 0532 123 45 67')] });
		expect((await store.read())[0]!.query).toBe('siparis [number] [email] [phone]');
	});

	it('stores no addresses, user agents or other request details', async () => {
		await post({ events: [search('kargo')] }, { 'user-agent': 'Secret/1.0', 'x-forwarded-for': '203.0.113.9' });
		const db = new DatabaseSync(file);
		const dump = JSON.stringify(db.prepare('SELECT * FROM events').all());
		db.close();
		expect(dump).not.toMatch(/127\.0\.0\.1|203\.0\.113\.9|Secret/);
	});

	it('answers CORS preflights and posts from an allowed origin', async () => {
		await stop();
		await start({ allowedOrigins: ['https://help.example.com'] });
		const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://help.example.com', 'access-control-request-method': 'POST' } });
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe('https://help.example.com');
		const response = await post({ events: [search('kargo')] }, { origin: 'https://help.example.com' });
		expect(response.status).toBe(202);
		expect(response.headers.get('access-control-allow-origin')).toBe('https://help.example.com');
		expect(store.count()).toBe(1);
	});

	it('answers 429 to a client sending too fast, and stores nothing of the refused requests', async () => {
		await stop();
		await start({ rateLimitPerMinute: 3 });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await post({ events: [search(`kargo ${i}`)] })).status);
		expect(statuses).toEqual([202, 202, 202, 429, 429]);
		expect(store.count()).toBe(3);
	});

	it('keeps everything across a restart', async () => {
		for (let i = 0; i < 5; i++) await post({ events: [search(`iade ${i}`), search(`kargo ${i}`)] });
		await stop();
		await start();
		expect(store.count()).toBe(10);
		expect((await store.read()).map((r) => r.query)).toContain('kargo 4');
	});

	it('loses nothing when many clients post at once', async () => {
		await stop();
		await start({ rateLimitPerMinute: 10_000 });
		const responses = await Promise.all(
			Array.from({ length: 200 }, (_, i) => post({ events: Array.from({ length: 10 }, (_, j) => search(`sorgu ${i} ${j}`)) })),
		);
		expect(responses.every((r) => r.status === 202)).toBe(true);
		expect(store.count()).toBe(2000);
		expect(new Set((await store.read()).map((r) => r.query)).size).toBe(2000);
	});
});

describe('the collector, for answer strength and returns', () => {
	const answered = {
		type: 'search',
		query: 'kampanya kodu',
		locale: 'tr',
		path: '/help/tr/',
		resultCount: 3,
		strength: 'partial',
		unmatched: ['kampanya', 'kodu'],
		firstResult: '/help/tr/hesap/hesap-guvenligi/',
		ts: 1,
	};
	// The longest a return lasts (RETURN_WINDOW_MS): result-return.ts can send 10 seconds.
	const returned = {
		...answered,
		type: 'search-return',
		unmatched: ['kampanya'],
		position: 2,
		target: '/help/tr/odeme/odeme-yontemleri/#kampanya',
		seconds: 10,
		ts: 2,
	};

	it('stores the strength, the unmatched words, the first result and the seconds on a result', async () => {
		const response = await post({ events: [answered, returned] });
		expect(response.status).toBe(202);
		expect(await store.read()).toEqual([
			expect.objectContaining({
				type: 'search',
				strength: 'partial',
				unmatched: ['kampanya', 'kodu'],
				firstResult: '/help/tr/hesap/hesap-guvenligi/',
				seconds: null,
				position: null,
			}),
			expect.objectContaining({
				type: 'search-return',
				path: '/help/tr/',
				strength: 'partial',
				unmatched: ['kampanya'],
				firstResult: '/help/tr/hesap/hesap-guvenligi/',
				position: 2,
				target: '/help/tr/odeme/odeme-yontemleri/#kampanya',
				seconds: 10,
			}),
		]);
	});

	it('still accepts events from pages built before answer strength, storing the new columns empty', async () => {
		const response = await post({
			events: [search('kargo yok'), search('iade', { type: 'search-click', resultCount: 4, position: 1, target: '/help/tr/iade/iade-sureci/' })],
		});
		expect(response.status).toBe(202);
		expect((await store.read()).map(({ strength, unmatched, firstResult, seconds }) => ({ strength, unmatched, firstResult, seconds }))).toEqual([
			{ strength: null, unmatched: null, firstResult: null, seconds: null },
			{ strength: null, unmatched: null, firstResult: null, seconds: null },
		]);
	});

	it('drops unmatched words that the scrubbed query no longer has', async () => {
		await post({ events: [{ ...answered, query: 'siparis 4829103 nerede', unmatched: ['siparis', '4829103'] }] });
		expect((await store.read())[0]).toMatchObject({ query: 'siparis [number] nerede', unmatched: ['siparis'] });
	});
});

describe('the collector process', () => {
	it('killed mid-write leaves a consistent database with every acknowledged event', async () => {
		await stop();
		const port = 4400 + Math.floor(Math.random() * 500);
		const child = spawn(process.execPath, [join(root, 'scripts/collector.mjs')], {
			env: { ...process.env, DESTEK_DB: file, PORT: String(port), DESTEK_RATE_LIMIT: '100000', NODE_ENV: 'production' },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		await new Promise<void>((ready) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Collector:') && ready()));
		const base = (await import('../../site/site-settings.ts')).loadSiteSettings;
		const { base: basePath } = await base(root);
		let acknowledged = 0;
		const sender = async (n: number) => {
			for (let i = 0; ; i++) {
				const response = await fetch(`http://127.0.0.1:${port}${basePath}api/search-events`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ events: Array.from({ length: 10 }, () => search(`kill ${n} ${i}`)) }),
				}).catch(() => null);
				if (!response) return;
				if (response.status === 202) acknowledged += 10;
			}
		};
		const senders = Promise.all([1, 2, 3, 4].map(sender));
		await new Promise((done) => setTimeout(done, 700));
		child.kill('SIGKILL');
		await senders;
		const db = new DatabaseSync(file);
		expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
		const stored = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
		db.close();
		expect(acknowledged).toBeGreaterThan(0);
		expect(stored).toBeGreaterThanOrEqual(acknowledged);
		expect(stored % 10).toBe(0); // whole batches only
		store = openSqliteStore(file); // reopens cleanly after the crash
		expect(store.count()).toBe(stored);
	});
});

describe('retention', () => {
	it('deletes events older than the configured days, now and later', async () => {
		let now = Date.parse('2026-01-01T00:00:00Z');
		const local = openSqliteStore(join(scratch, 'retention.sqlite'), () => now);
		await local.deleteBefore(Infinity);
		await local.add([search('eski') as never]);
		now += 10 * 24 * 3600 * 1000;
		await local.add([search('yeni') as never]);
		const stop = keepForDays(local, 5, () => now);
		stop();
		await new Promise((done) => setImmediate(done));
		expect((await local.read()).map((r) => r.query)).toEqual(['yeni']);
		await local.close();
	});
});
