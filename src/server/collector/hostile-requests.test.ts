import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAD_COLLECTOR_REQUESTS, sendBadRequest } from '../../../tests/helpers/bad-collector-requests.ts';
import { collectorPath } from '../../analytics/event-limits.ts';
import { limitSlowClients } from '../server-limits.ts';
import { createCollector, type CollectorOptions } from '../../collector/collector.ts';
import { openSqliteStore, type SqliteEventStore } from '../../collector/stores/sqlite-store.ts';
import { nodeCollectorHandler } from './node-collector.ts';

// The collector faces the internet: every attack below gets a bounded, clear answer, stores
// nothing, and leaves the server answering the next honest client. Real HTTP on 127.0.0.1 and a
// real SQLite file.
const scratch = join(resolve(import.meta.dirname, '../../..'), 'tests', '.output', 'hostile-requests');
const BASE = '/help/';
const PATH = collectorPath(BASE);
const event = (query: string) => ({ type: 'unanswered-search', query, locale: 'tr', path: '/help/tr/', resultCount: 0, ts: Date.now() });

let store: SqliteEventStore;
let server: Server;
let port: number;
let logged: string[];

async function start(options: Partial<CollectorOptions> = {}, storeOptions: { maxBytes?: number } = {}) {
	store = openSqliteStore(join(scratch, `${Date.now()}-${Math.random()}.sqlite`), Date.now, storeOptions);
	logged = [];
	const handle = nodeCollectorHandler(createCollector({ store, bodyTimeoutMs: 500, log: (line) => logged.push(line), ...options }), PATH, { trustProxy: true });
	server = limitSlowClients(
		createServer((request, response) => {
			// A rejection is left to vitest, which fails the run with its stack.
			void handle(request, response).then((handled) => handled || response.writeHead(404).end());
		}),
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
}

function post(body: string | Uint8Array, headers: Record<string, string> = {}) {
	return fetch(`http://127.0.0.1:${port}${PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body as BodyInit });
}

/** An honest client right after the attack: still served, and its event stored. */
async function honestClientIsServed(from = '203.0.113.7') {
	const before = store.count();
	const response = await post(JSON.stringify({ events: [event('kargo nerede')] }), { 'x-forwarded-for': from });
	expect(response.status).toBe(202);
	expect(store.count()).toBe(before + 1);
}

beforeEach(() => mkdirSync(scratch, { recursive: true }));
afterEach(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
	await store.close();
	rmSync(scratch, { recursive: true, force: true });
});

describe('the collector under attack', () => {
	it('answers a body that trickles in (slowloris) with 408 once its time is up', async () => {
		await start();
		const started = performance.now();
		const answer = await new Promise<string>((done) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.write(`POST ${PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"events":[`);
				const drip = setInterval(() => socket.write(' '), 100);
				socket.on('close', () => clearInterval(drip));
			});
			let text = '';
			// The server closes the connection on the attacker, which may see a reset.
			socket.on('error', () => undefined);
			socket.on('data', (data) => (text += String(data)));
			socket.on('close', () => done(text));
		});
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(store.count()).toBe(0);
		await honestClientIsServed();
	});

	// The same list the Cloudflare Worker is sent (tests/cloudflare-worker.test.ts).
	it.each(BAD_COLLECTOR_REQUESTS.map((bad) => [bad.name, bad] as const))('refuses %s, storing nothing', async (_, bad) => {
		await start();
		const response = await sendBadRequest(new URL(`http://127.0.0.1:${port}${BASE}`), bad);
		expect(response.status).toBe(bad.status);
		if (bad.answer) expect(await response.json()).toEqual(bad.answer);
		expect(store.count()).toBe(0);
		await honestClientIsServed();
	});

	it('slows down a flood from one address with 429 while others are served', async () => {
		await start({ rateLimitPerMinute: 20 });
		const statuses = await Promise.all(
			Array.from({ length: 60 }, () => post(JSON.stringify({ events: [event('flood')] }), { 'x-forwarded-for': '198.51.100.9' }).then((r) => r.status)),
		);
		expect(statuses.filter((s) => s === 202)).toHaveLength(20);
		expect(statuses.filter((s) => s === 429)).toHaveLength(40);
		expect(store.count()).toBe(20);
		await honestClientIsServed('203.0.113.8');
	});

	it('answers 503 with Retry-After when the database is full, logs it once, and takes events again once there is room', async () => {
		await start({}, { maxBytes: 64 * 1024 });
		const batch = JSON.stringify({ events: Array.from({ length: 40 }, (_, n) => event(`dolu disk ${n} ${'x'.repeat(150)}`)) });
		let status = 202;
		let accepted = 0;
		for (let i = 0; i < 100 && status === 202; i++) {
			const response = await post(batch, { 'x-forwarded-for': `192.0.2.${i}` });
			status = response.status;
			if (status === 202) accepted += 40;
			else expect(response.headers.get('retry-after')).toBe('30');
		}
		expect(status).toBe(503);
		expect(store.count()).toBe(accepted);
		expect((await post(batch, { 'x-forwarded-for': '192.0.2.200' })).status).toBe(503);
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatch(/cannot write search events \(.*full.*\); answering 503/i);
		// Retention frees room (the same thing it does every six hours).
		await store.deleteBefore(Date.now() + 1);
		await honestClientIsServed('192.0.2.201');
		expect(logged.at(-1)).toBe('[destek collector] writing search events again');
	});
});
