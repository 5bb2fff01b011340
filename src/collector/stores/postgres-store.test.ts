import { execFile } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../../tests/helpers/postgres.ts';
import type { IncomingEvent } from '../../analytics/event-schema.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';

const run = promisify(execFile);

// A real PostgreSQL server (tests/helpers/postgres.ts), one fresh database per test.
let server: TestPostgres;
const opened: Array<{ close(): Promise<void> }> = [];
const admin: postgres.Sql[] = [];

beforeAll(async () => {
	server = await startPostgres();
});
afterAll(async () => {
	await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
	await Promise.all(admin.map((sql) => sql.end()));
	await server?.close();
});

const NOW = Date.parse('2026-03-01T10:00:00Z');
function store(url: string, options: Parameters<typeof openPostgresStore>[1] = {}) {
	const opening = openPostgresStore(url, { now: () => NOW, ...options });
	opened.push(opening);
	return opening;
}
/** A plain connection to look at what the store wrote. */
function look(url: string) {
	const sql = postgres(url, { max: 1, onnotice: () => undefined });
	admin.push(sql);
	return sql;
}
const search = (query: string, extra: Partial<IncomingEvent> = {}) =>
	({ type: 'unanswered-search', query, locale: 'tr', path: '/tr/', resultCount: 0, ts: 1, ...extra }) as IncomingEvent;

/** One event of every type, with every optional field somewhere, and texts that need quoting. */
const EVERY_TYPE: IncomingEvent[] = [
	{
		type: 'search',
		query: 'iade kodu',
		locale: 'tr',
		path: '/tr/',
		resultCount: 3,
		strength: 'partial',
		unmatched: ['kodu'],
		firstResult: '/tr/iade/iade-sureci/',
		filters: { kategori: ['iade', 'kargo'] },
		ts: 1,
	},
	{ type: 'unanswered-search', query: "kargom nerede? ' ; DROP TABLE events; --", locale: 'tr', path: '/tr/', resultCount: 0, ts: 2 },
	{ type: 'no-click-search', query: 'ödeme yöntemleri çğışü', locale: 'tr', path: '/tr/odeme/', resultCount: 7, strength: 'full', ts: 3 },
	{ type: 'search-click', query: 'refund', locale: 'en', path: '/en/', resultCount: 4, position: 2, target: '/en/returns/refund/#steps', ts: 4 },
	{
		type: 'search-return',
		query: 'gift card',
		locale: 'pt-BR',
		path: '/pt-BR/',
		resultCount: 2,
		strength: 'none',
		unmatched: ['gift'],
		firstResult: '/pt-BR/a/b/',
		position: 1,
		target: '/pt-BR/a/b/',
		seconds: 10,
		ts: 5,
	},
	{ type: 'feedback', article: 'iade/iade-sureci', helpful: false, locale: 'tr', path: '/tr/iade/iade-sureci/', ts: 6 },
	{ type: 'feedback', article: 'kargo/kargom-gelmedi', helpful: true, locale: 'tr', path: '/tr/kargo/kargom-gelmedi/', ts: 7 },
	{ type: 'collector-check', locale: 'en', path: '/en/', ts: 8 },
];

describe('the PostgreSQL store', () => {
	it('creates its schema in a fresh database, and a second store leaves it as it is', async () => {
		const url = await server.newDatabase();
		const first = store(url);
		await first.add([search('kargo')]);
		const second = store(url);
		expect(await second.count()).toBe(1);
		expect(await look(url)`SELECT version FROM destek_schema`).toEqual([{ version: 1 }]);
	});

	it('lets several stores migrate the same fresh database at once', async () => {
		const url = await server.newDatabase();
		const stores = Array.from({ length: 4 }, () => store(url));
		await Promise.all(stores.map((each, n) => each.add([search(`kargo ${n}x`)])));
		expect(await stores[0]!.count()).toBe(4);
		expect(await look(url)`SELECT version FROM destek_schema`).toEqual([{ version: 1 }]);
	});

	it('refuses a database made by a newer Destek, saying what to do', async () => {
		const url = await server.newDatabase();
		const sql = look(url);
		await sql`CREATE TABLE destek_schema (version INTEGER NOT NULL)`;
		await sql`INSERT INTO destek_schema VALUES (1), (2)`;
		await expect(store(url).add([search('kargo')])).rejects.toThrow(
			'The analytics database was made by a newer Destek (schema 2); update Destek or point DESTEK_DATABASE_URL at another database.',
		);
	});

	it('gives back every event type as SQLite does', async () => {
		const url = await server.newDatabase();
		const sqlite = openSqliteStore(':memory:', () => NOW);
		const pg = store(url);
		// Two requests, as two browsers would send them.
		await Promise.all([pg.add(EVERY_TYPE.slice(0, 4)), pg.add(EVERY_TYPE.slice(4))]);
		await sqlite.add(EVERY_TYPE.slice(0, 4));
		await sqlite.add(EVERY_TYPE.slice(4));
		const fromPostgres = await pg.read();
		expect(fromPostgres).toEqual(await sqlite.read());
		await sqlite.close();
		expect(fromPostgres).toHaveLength(EVERY_TYPE.length);
		expect(fromPostgres[0]).toEqual({
			id: 1,
			receivedAt: NOW,
			type: 'search',
			locale: 'tr',
			query: 'iade kodu',
			path: '/tr/',
			filters: { kategori: ['iade', 'kargo'] },
			resultCount: 3,
			position: null,
			target: null,
			article: null,
			helpful: null,
			strength: 'partial',
			unmatched: ['kodu'],
			firstResult: '/tr/iade/iade-sureci/',
			seconds: null,
			demo: false,
		});
		expect(fromPostgres.map((event) => event.query)).toContain("kargom nerede? ' ; DROP TABLE events; --");
		expect(fromPostgres.map((event) => event.helpful)).toEqual([null, null, null, null, null, false, true, null]);
	});

	it('reads from a time and a locale, and deletes what is older than a time', async () => {
		const url = await server.newDatabase();
		let now = NOW;
		const pg = store(url, { now: () => now });
		await pg.add([search('eski'), search('old', { locale: 'en' })]);
		now = NOW + 1000;
		await pg.add([search('yeni'), search('new', { locale: 'en' })]);
		expect((await pg.read({ since: NOW + 1000 })).map((event) => event.query)).toEqual(['yeni', 'new']);
		expect((await pg.read({ locale: 'en' })).map((event) => event.query)).toEqual(['old', 'new']);
		expect(await pg.deleteBefore(NOW + 1000)).toBe(2);
		expect((await pg.read()).map((event) => event.query)).toEqual(['yeni', 'new']);
	});

	it('commits the requests that arrive while one commit is under way together, in one transaction', async () => {
		const url = await server.newDatabase();
		const pg = store(url);
		await pg.add([search('first')]);
		await Promise.all(Array.from({ length: 5 }, (_, n) => pg.add([search(`together ${n}x`), search(`together ${n}y`)])));
		// xmin is the transaction that wrote a row.
		const transactions = await look(url)<Array<{ query: string; tx: string }>>`SELECT query, xmin::text AS tx FROM events ORDER BY id`;
		expect(transactions).toHaveLength(11);
		expect(new Set(transactions.slice(1).map((row) => row.tx)).size).toBe(1);
		expect(transactions[0]!.tx).not.toBe(transactions[1]!.tx);
	});

	it('rejects every request of a batch the database refuses, stores none of it, and takes the next one', async () => {
		const url = await server.newDatabase();
		const pg = store(url);
		await pg.count(); // migrated, so the failure below is the insert's
		// result_count is an INTEGER column: a number past 2^31 is refused by PostgreSQL, not by us.
		const results = await Promise.allSettled([
			pg.add([search('fine 1x')]),
			pg.add([search('too many', { resultCount: 2 ** 31 })]),
			pg.add([search('fine 2x')]),
		]);
		expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/out of range/);
		expect(await pg.count()).toBe(0);
		await pg.add([search('after')]);
		expect((await pg.read()).map((event) => event.query)).toEqual(['after']);
	});

	it('keeps the requests sharing a transaction with a query PostgreSQL cannot hold as text (NUL, half a surrogate pair)', async () => {
		const pg = store(await server.newDatabase());
		await Promise.all([
			pg.add([search('önce')]),
			pg.add([search('kar\u0000go \ud800'), search('kargo', { filters: { k: ['\u0000'] } })]),
			pg.add([search('sonra')]),
		]);
		expect((await pg.read()).map((event) => [event.query, event.filters])).toEqual([
			['önce', null],
			['kar\uFFFDgo \uFFFD', null],
			['kargo', { k: ['\u0000'] }],
			['sonra', null],
		]);
	});
});

describe('the PostgreSQL store over the network', () => {
	it('talks TLS with sslmode=require', async () => {
		const url = new URL(await server.newDatabase());
		url.searchParams.set('sslmode', 'require');
		const pg = store(url.href);
		await pg.add([search('gizli')]);
		expect((await pg.read()).map((event) => event.query)).toEqual(['gizli']);
		// The store's own connection, as the server sees it.
		const sessions = await look(
			server.url,
		)`SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'destek-collector' AND a.datname = ${url.pathname.slice(1)}`;
		expect(sessions.length).toBeGreaterThan(0);
		expect(sessions.every((session) => session.ssl === true)).toBe(true);
	});

	it('stores and reads with prepare=false in the URL, the setting for a transaction-mode pooler', async () => {
		const url = new URL(await server.newDatabase());
		url.searchParams.set('prepare', 'false');
		const pg = store(url.href);
		await Promise.all([pg.add([search('havuz 1x')]), pg.add([search('havuz 2x')])]);
		expect((await pg.read()).map((event) => event.query)).toEqual(['havuz 1x', 'havuz 2x']);
	});

	it('refuses a certificate it cannot verify with sslmode=verify-full', async () => {
		const url = new URL(await server.newDatabase());
		url.searchParams.set('sslmode', 'verify-full');
		await expect(store(url.href).add([search('gizli')])).rejects.toThrow(/self-signed certificate/);
	});

	it("accepts that certificate with sslmode=verify-full once Node trusts it (NODE_EXTRA_CA_CERTS), as for a provider's own CA", async () => {
		const url = new URL(await server.newDatabase());
		url.hostname = 'localhost'; // the name in the certificate
		url.searchParams.set('sslmode', 'verify-full');
		// Node reads NODE_EXTRA_CA_CERTS when it starts: the store runs in a process of its own.
		const probe = `const { openPostgresStore } = await import(${JSON.stringify(new URL('./postgres-store.ts', import.meta.url).href)}); const store = openPostgresStore(process.argv[1]); await store.add([{ type: 'collector-check', locale: 'tr', path: '/tr/', ts: 1 }]); console.log(await store.count()); await store.close();`;
		const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe, url.href], {
			env: { ...process.env, NODE_EXTRA_CA_CERTS: server.certificate },
		});
		expect(stdout.trim()).toBe('1');
	});

	it('gives up on a server that accepts the connection but never answers after its connect timeout, without the password', async () => {
		const silent = await listen();
		const pg = store(`postgres://destek:sır-parola@127.0.0.1:${silent.port}/events`, { connectTimeout: 1 });
		const error = await pg.add([search('kargo')]).then(
			() => undefined,
			(reason: unknown) => reason as Error,
		);
		expect(error?.message).toMatch(/did not answer within 1 s/);
		expect(error?.message).not.toContain('sır-parola');
		await silent.close();
	});

	it('says at once when nothing listens at the address', async () => {
		const silent = await listen();
		await silent.close(); // a port nobody listens on
		const pg = store(`postgres://destek:sır-parola@127.0.0.1:${silent.port}/events`);
		await expect(pg.add([search('kargo')])).rejects.toThrow(/refused/);
	});
});

/** A TCP server that takes connections and says nothing, as a firewall or a stuck server would. */
async function listen(): Promise<{ port: number; close(): Promise<void> }> {
	const sockets = new Set<Socket>();
	const tcp: Server = createServer((socket) => sockets.add(socket));
	await new Promise<void>((done) => tcp.listen(0, '127.0.0.1', done));
	return {
		port: (tcp.address() as { port: number }).port,
		close: () => {
			for (const socket of sockets) socket.destroy();
			return new Promise((done) => tcp.close(() => done()));
		},
	};
}
