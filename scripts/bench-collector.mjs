// Collector benchmark: how many search events per second `npm run collector` accepts on loopback,
// and whether every acknowledged event is in the database afterwards.
//
//   npm run bench:collector            # 16 clients, 10 events per request (a browser's batch), 5 s
//   CLIENTS=32 BATCH=1 DURATION=10 npm run bench:collector
//
// The collector runs in its own process with a fresh SQLite file (WAL, synchronous=FULL)
// (scripts/bench/collector-process.mjs).
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { loadSiteSettings } from '../src/server/site-config.ts';
import { startCollectorProcess } from './bench/collector-process.mjs';

const root = resolve(import.meta.dirname, '..');

export async function benchCollector({ clients = 16, batch = 10, seconds = 5 } = {}) {
	const work = join(root, 'tests', '.output', 'bench-collector');
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const db = join(work, 'events.sqlite');
	const collector = await startCollectorProcess(db);
	const { port } = collector;
	const { base } = await loadSiteSettings(root);
	const url = `http://127.0.0.1:${port}${base}api/search-events`;

	let acknowledged = 0;
	let refused = 0;
	const until = performance.now() + seconds * 1000;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: clients }, async (_, client) => {
			for (let request = 0; performance.now() < until; request++) {
				const events = Array.from({ length: batch }, (_, i) => ({ type: 'unanswered-search', query: `kargo ${client} ${request} ${i} 0532 123 45 67`, locale: 'tr', path: '/tr/', resultCount: 0, ts: Date.now() }));
				const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ events }) });
				await response.arrayBuffer();
				if (response.status === 202) acknowledged += batch;
				else refused += batch;
			}
		}),
	);
	const elapsed = (performance.now() - started) / 1000;
	await collector.stop();
	const database = new DatabaseSync(db, { readOnly: true });
	const stored = database.prepare('SELECT count(*) AS n FROM events').get().n;
	// Every query carried a phone number; none may be stored as typed.
	const phoneNumbersStored = database.prepare("SELECT count(*) AS n FROM events WHERE query LIKE '%0532%'").get().n;
	database.close();
	return {
		clients,
		eventsPerRequest: batch,
		seconds: Math.round(elapsed * 10) / 10,
		acknowledged,
		refused,
		stored,
		lost: acknowledged - Math.min(stored, acknowledged),
		phoneNumbersStored,
		eventsPerSecond: Math.round(acknowledged / elapsed),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await benchCollector({
		clients: Number(process.env.CLIENTS ?? 16),
		batch: Number(process.env.BATCH ?? 10),
		seconds: Number(process.env.DURATION ?? 5),
	});
	console.log(JSON.stringify(result, null, 2));
}
