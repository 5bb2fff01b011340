import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../../analytics/event-schema.ts';
import type { D1Database, D1PreparedStatement } from './d1-binding.ts';
import { openD1Store } from './d1-store.ts';

// The store's own logic (migration, group commit, one batch per commit) on a stand-in for D1 made
// of node:sqlite; tests/cloudflare-worker.test.ts runs it on Miniflare's real D1 in workerd.
function fakeD1({ failingBatches = 0 } = {}) {
	const sqlite = new DatabaseSync(':memory:');
	const calls = { batches: 0, statementsPerBatch: [] as number[] };
	const statement = (sql: string, values: unknown[] = []): D1PreparedStatement & { runNow(): void } => ({
		bind: (...bound) => statement(sql, bound),
		all: async <Row>() => ({ results: sqlite.prepare(sql).all(...(values as [])) as Row[] }),
		first: async <Row>() => (sqlite.prepare(sql).get(...(values as [])) as Row | undefined) ?? null,
		run: async () => ({ meta: { changes: Number(sqlite.prepare(sql).run(...(values as [])).changes) } }),
		runNow: () => void sqlite.prepare(sql).run(...(values as [])),
	});
	const db: D1Database = {
		prepare: (sql) => statement(sql),
		async batch(statements) {
			calls.batches++;
			calls.statementsPerBatch.push(statements.length);
			if (failingBatches-- > 0) throw new Error('D1_ERROR: Network connection lost.');
			sqlite.exec('BEGIN');
			try {
				for (const each of statements) (each as ReturnType<typeof statement>).runNow();
				sqlite.exec('COMMIT');
			} catch (error) {
				sqlite.exec('ROLLBACK');
				throw error;
			}
			return [];
		},
	};
	return { db, sqlite, calls };
}

const search = (query: string): IncomingEvent => ({
	type: 'search',
	query,
	locale: 'tr',
	path: '/tr/',
	resultCount: 2,
	strength: 'partial',
	unmatched: ['kodu'],
	filters: { kategori: ['iade'] },
	ts: 1,
});

describe('the D1 event store', () => {
	it('migrates once, then commits requests that arrive together in one batch and reads them back', async () => {
		const { db, calls } = fakeD1();
		const store = openD1Store(db, { now: () => 1_000 });
		await Promise.all([
			store.add([search('kargo nerede'), search('iade kodu')]),
			store.add([search('fatura')]),
			store.add([{ type: 'feedback', article: 'iade/iade-sureci', helpful: true, locale: 'tr', path: '/tr/iade/', ts: 1 }]),
		]);
		// Two migration batches (one per schema version), then one for all three requests.
		expect(calls.statementsPerBatch).toEqual([4, 6, 1]);
		const events = await store.read();
		expect(events.map((event) => [event.query, event.receivedAt])).toEqual([
			['kargo nerede', 1_000],
			['iade kodu', 1_000],
			['fatura', 1_000],
			[null, 1_000],
		]);
		expect(events[0]).toMatchObject({ type: 'search', strength: 'partial', unmatched: ['kodu'], filters: { kategori: ['iade'] }, resultCount: 2, demo: false });
		expect(events[3]).toMatchObject({ type: 'feedback', article: 'iade/iade-sureci', helpful: true });
		await store.add([search('kampanya')]);
		const again = openD1Store(db);
		expect(await again.read({ locale: 'en' })).toEqual([]);
		expect(calls.batches).toBe(4); // the second store found the schema in place
	});

	it('fails every request of a commit D1 refuses, storing nothing, and tries the migration again on the next', async () => {
		const { db, sqlite } = fakeD1({ failingBatches: 1 });
		const store = openD1Store(db);
		const results = await Promise.allSettled([store.add([search('kargo')]), store.add([search('iade')])]);
		expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
		await store.add([search('fatura')]);
		expect((await store.read()).map((event) => event.query)).toEqual(['fatura']);
		expect(sqlite.prepare('SELECT version FROM destek_schema ORDER BY version').all()).toEqual([{ version: 1 }, { version: 2 }]);
	});

	it('splits a commit too large for one statement into several of one batch', async () => {
		const { db, calls } = fakeD1();
		const store = openD1Store(db);
		await store.read();
		const long = (n: number) => `${'sipariş iptali nasıl yapılır '.repeat(6)}${n}`;
		await Promise.all(Array.from({ length: 60 }, (_, request) => store.add(Array.from({ length: 50 }, (_, n) => search(long(request * 50 + n))))));
		expect(calls.statementsPerBatch.slice(2)).toEqual([2]);
		expect(new Set((await store.read()).map((event) => event.query)).size).toBe(3000);
	});

	it('deletes events received before a time and says how many', async () => {
		let now = 1_000;
		const store = openD1Store(fakeD1().db, { now: () => now });
		await store.add([search('eski'), search('daha eski')]);
		now = 5_000;
		await store.add([search('yeni')]);
		expect(await store.deleteBefore(2_000)).toBe(2);
		expect((await store.read()).map((event) => event.query)).toEqual(['yeni']);
	});

	it('refuses a database made by a newer Destek, saying what to do', async () => {
		const { db, sqlite } = fakeD1();
		sqlite.exec('CREATE TABLE destek_schema (version INTEGER PRIMARY KEY); INSERT INTO destek_schema VALUES (99)');
		await expect(openD1Store(db).read()).rejects.toThrow(
			/newer Destek \(schema 99\); deploy the newer Destek or bind another database as DB in wrangler\.jsonc/,
		);
	});
});
