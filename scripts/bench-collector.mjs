// Collector benchmark: how many search events per second `npm run collector` accepts on loopback,
// and whether every acknowledged event is in the database afterwards, once each. One run measures
// SQLite (one process, WAL, synchronous=FULL), then PostgreSQL with one process and with two (the
// clients spread over both), on a throwaway server with fsync on (tests/helpers/postgres.ts).
//
//   npm run bench:collector            # 16 clients, 10 events per request (a browser's batch), 5 s each
//   CLIENTS=32 BATCH=1 DURATION=10 npm run bench:collector
//   POSTGRES=0 npm run bench:collector # SQLite only
//
// Every query carries a phone number, which must not be stored as typed.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import { collectorPath } from '../src/analytics/event-limits.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { startLoad } from '../tests/helpers/event-load.ts';
import { startPostgres } from '../tests/helpers/postgres.ts';
import { startCollectorProcess } from './bench/collector-process.mjs';

const root = resolve(import.meta.dirname, '..');

/** The SQLite run's figures at the top (the shape collector.json always had), every run in `runs`. */
export async function benchCollector({ clients = 16, batch = 10, seconds = 5, withPostgres = true } = {}) {
	const work = join(root, 'tests', '.output', 'bench-collector');
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const path = collectorPath((await loadSiteSettings(root)).base);
	const shape = { clients, batch, seconds, path };

	const file = join(work, 'events.sqlite');
	const runs = [await measure({ ...shape, store: 'SQLite', database: file, processes: 1, storedQueries: () => sqliteQueries(file) })];
	if (withPostgres) {
		const server = await startPostgres();
		try {
			for (const processes of [1, 2]) {
				const url = await server.newDatabase();
				runs.push(await measure({ ...shape, store: 'PostgreSQL', database: url, processes, storedQueries: () => postgresQueries(url) }));
			}
		} finally {
			await server.close();
		}
	}
	const { store, processes, ...sqlite } = runs[0];
	return { clients, eventsPerRequest: batch, ...sqlite, runs };
}

async function measure({ store, database, processes, clients, batch, seconds, path, storedQueries }) {
	const collectors = await Promise.all(Array.from({ length: processes }, () => startCollectorProcess(database)));
	const load = startLoad({ urls: collectors.map((collector) => `${collector.url}${path}`), clients, batch, prefix: 'kargo 0532 123 45 67' });
	const started = performance.now();
	await new Promise((resume) => setTimeout(resume, seconds * 1000));
	const answers = await load.stop();
	const elapsed = (performance.now() - started) / 1000;
	await Promise.all(collectors.map((collector) => collector.stop()));

	const stored = await storedQueries();
	// Scrubbing turns the phone number into [phone]; the last word (c<client>r<request>e<event>) is the event's own.
	const storedKeys = new Set(stored.map(lastWord));
	const acknowledged = load.acknowledged();
	const latencies = answers
		.filter((answer) => answer.status === 202)
		.map((answer) => answer.ms)
		.sort((a, b) => a - b);
	return {
		store,
		processes,
		seconds: round(elapsed),
		eventsPerSecond: Math.round(acknowledged.length / elapsed),
		acknowledged: acknowledged.length,
		refused: answers.filter((answer) => answer.status !== 202).length * batch,
		stored: stored.length,
		lost: acknowledged.filter((query) => !storedKeys.has(lastWord(query))).length,
		duplicates: stored.length - storedKeys.size,
		phoneNumbersStored: stored.filter((query) => query.includes('0532')).length,
		p50Ms: round(percentile(latencies, 0.5)),
		p99Ms: round(percentile(latencies, 0.99)),
	};
}

function sqliteQueries(file) {
	const database = new DatabaseSync(file, { readOnly: true });
	const queries = database
		.prepare('SELECT query FROM events')
		.all()
		.map((row) => row.query);
	database.close();
	return queries;
}

async function postgresQueries(url) {
	const sql = postgres(url, { max: 1, onnotice: () => undefined });
	const rows = await sql`SELECT query FROM events`;
	await sql.end();
	return rows.map((row) => row.query);
}

const lastWord = (query) => query.slice(query.lastIndexOf(' ') + 1);
const round = (value) => Math.round(value * 10) / 10;
const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await benchCollector({
		clients: Number(process.env.CLIENTS ?? 16),
		batch: Number(process.env.BATCH ?? 10),
		seconds: Number(process.env.DURATION ?? 5),
		withPostgres: process.env.POSTGRES !== '0',
	});
	console.log(`${result.clients} clients, ${result.eventsPerRequest} events per request, ${result.seconds} s per run:`);
	console.table(
		Object.fromEntries(result.runs.map(({ store, processes, ...figures }) => [`${store}, ${processes} ${processes === 1 ? 'process' : 'processes'}`, figures])),
	);
}
