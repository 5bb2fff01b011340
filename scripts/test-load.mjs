// Load and crash test of the collector, on loopback, against `npm run collector` in its own process
// with a fresh SQLite file (WAL, synchronous=FULL):
//
//  1. autocannon for LOAD_SECONDS (30) with 16 connections, 10 events per request (a browser's batch):
//     accepted events per second, latency p50/p99, errors; the database must hold every acknowledged
//     event, plus at most the requests still in flight when the load stopped.
//  2. CRASH_ROUNDS (3) times: load, `kill -9` the collector half-way, restart it; it must accept
//     again quickly, `PRAGMA integrity_check` must say ok and every acknowledged event must be there.
//
//   npm run test:load
//   LOAD_SECONDS=10 CRASH_ROUNDS=2 npm run test:load     # what .ci/run does
//
// Exits 1 when an acknowledged event is missing, the database is damaged or the collector does not
// come back. The per-client rate limit is lifted: every connection here shares one address.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { startCollectorProcess } from './bench/collector-process.mjs';

const root = resolve(import.meta.dirname, '..');
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CRASH_ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const BATCH = 10;
const work = join(root, 'tests', '.output', 'test-load');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const { base } = await loadSiteSettings(root);
const path = `${base}api/search-events`;
const body = JSON.stringify({
	events: Array.from({ length: BATCH }, (_, i) => ({
		type: 'unanswered-search',
		query: `kargo gelmedi ${i}`,
		locale: 'tr',
		path: `${base}tr/`,
		resultCount: 0,
		ts: Date.now(),
	})),
});
const failures = [];

// 1. Sustained load.
const loadDb = join(work, 'load.sqlite');
let collector = await startCollectorProcess(loadDb);
const load = await fire(collector.port, LOAD_SECONDS);
await collector.stop();
const loadStored = count(loadDb);
const loadAcknowledged = load['2xx'] * BATCH;
// Requests still in flight when autocannon stops are stored but not counted: at most one per connection.
if (loadStored < loadAcknowledged || loadStored > loadAcknowledged + 16 * BATCH)
	failures.push(`load: ${loadAcknowledged} events acknowledged, ${loadStored} stored`);
console.log(`Load, ${LOAD_SECONDS} s, 16 connections, ${BATCH} events per request:`);
console.table({
	'requests/s (mean)': Math.round(load.requests.average),
	'events accepted/s': Math.round(loadAcknowledged / LOAD_SECONDS),
	'latency p50 ms': load.latency.p50,
	'latency p99 ms': load.latency.p99,
	'non-2xx answers': load.non2xx,
	'connection errors': load.errors,
	'events acknowledged': loadAcknowledged,
	'events stored': loadStored,
});

// 2. Crash rounds on one database file.
const crashDb = join(work, 'crash.sqlite');
let acknowledged = 0;
const rounds = [];
collector = await startCollectorProcess(crashDb);
for (let round = 1; round <= CRASH_ROUNDS; round++) {
	const firing = fire(collector.port, 3);
	await new Promise((done) => setTimeout(done, 1500));
	collector.kill();
	const result = await firing;
	acknowledged += result['2xx'] * BATCH;
	const restartedAt = performance.now();
	collector = await startCollectorProcess(crashDb, collector.port);
	const backInMs = await firstAcceptedAfter(collector.port, restartedAt);
	acknowledged += BATCH; // the probe's own batch
	const integrity = new DatabaseSync(crashDb, { readOnly: true }).prepare('PRAGMA integrity_check').get().integrity_check;
	const stored = count(crashDb);
	rounds.push({ round, 'acknowledged so far': acknowledged, stored, integrity, 'accepting again after restart (ms)': Math.round(backInMs) });
	if (integrity !== 'ok') failures.push(`crash round ${round}: integrity_check says ${integrity}`);
	if (stored < acknowledged) failures.push(`crash round ${round}: ${acknowledged} acknowledged, only ${stored} stored`);
}
await collector.stop();
console.log(`Crash rounds (kill -9 during load, restart):`);
console.table(rounds);

if (failures.length) {
	console.error(failures.join('\n'));
	process.exit(1);
}
console.log('Every acknowledged event was stored; the database survived every kill.');

function fire(port, seconds) {
	return autocannon({
		url: `http://127.0.0.1:${port}${path}`,
		method: 'POST',
		headers: { 'content-type': 'text/plain;charset=UTF-8' },
		body,
		connections: 16,
		duration: seconds,
	});
}

async function firstAcceptedAfter(port, since) {
	for (;;) {
		const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body }).catch(
			() => undefined,
		);
		if (response?.status === 202) return performance.now() - since;
		await new Promise((done) => setTimeout(done, 20));
	}
}

function count(db) {
	const database = new DatabaseSync(db, { readOnly: true });
	const n = database.prepare('SELECT count(*) AS n FROM events').get().n;
	database.close();
	return n;
}
