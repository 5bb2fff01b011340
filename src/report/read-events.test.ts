import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../tests/helpers/postgres.ts';
import type { IncomingEvent } from '../analytics/event-schema.ts';
import { openPostgresStore } from '../collector/stores/postgres-store.ts';
import { openSqliteStore } from '../collector/stores/sqlite-store.ts';
import { EventSourceError, readEvents } from './read-events.ts';

const search = (query: string, locale = 'tr'): IncomingEvent => ({ type: 'unanswered-search', query, locale, path: `/${locale}/`, resultCount: 0, ts: 1 });

let scratch: string;
beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'destek-read-events-'));
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/**
 * What must not change when the report reads a file: its bytes and its mtime. Reading a WAL database
 * needs its `-shm` index (SQLite creates it, and an empty `-wal`, as it would for any reader); the
 * `-wal` must stay empty, or something was written.
 */
async function fingerprint(file: string) {
	const { mtimeMs } = await stat(file);
	const wal = await stat(`${file}-wal`).then(
		({ size }) => size,
		() => 0,
	);
	return {
		sha256: createHash('sha256')
			.update(await readFile(file))
			.digest('hex'),
		mtimeMs,
		wal,
	};
}

async function sqliteWith(name: string, events: IncomingEvent[]): Promise<string> {
	const file = join(scratch, name);
	const store = openSqliteStore(file);
	await store.add(events);
	await store.close();
	return file;
}

describe('reading the collector’s SQLite file', () => {
	it('reads the events and leaves the file exactly as it was', async () => {
		const file = await sqliteWith('analytics.sqlite', [search('kargom nerede'), search('return label', 'en')]);
		const before = await fingerprint(file);
		expect((await readEvents(file, {})).map((event) => event.query)).toEqual(['kargom nerede', 'return label']);
		expect((await readEvents(file, { locale: 'en' })).map((event) => event.query)).toEqual(['return label']);
		expect(await fingerprint(file)).toEqual(before);
	});

	it('reads a file of an older schema as it is, without migrating it', async () => {
		const file = join(scratch, 'old.sqlite');
		const db = new DatabaseSync(file);
		db.exec(`CREATE TABLE events (id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, type TEXT NOT NULL, locale TEXT NOT NULL, query TEXT, path TEXT NOT NULL, filters TEXT, result_count INTEGER, position INTEGER, target TEXT, article TEXT, helpful INTEGER);
			INSERT INTO events (received_at, type, locale, query, path, result_count) VALUES (5, 'unanswered-search', 'tr', 'iade', '/tr/', 0);
			PRAGMA user_version = 1;`);
		db.close();
		const before = await fingerprint(file);
		const [event] = await readEvents(file, {});
		expect([event?.query, event?.strength, event?.demo]).toEqual(['iade', null, false]);
		expect(await fingerprint(file)).toEqual(before);
	});

	it('says what to do when the file does not exist, and does not create it', async () => {
		const file = join(scratch, 'missing', 'analytics.sqlite');
		const reading = readEvents(file, {});
		await expect(reading).rejects.toBeInstanceOf(EventSourceError);
		await expect(reading).rejects.toThrow(
			`No search events recorded yet: ${file} does not exist. Searches are recorded while the site runs with npm start (or npm run collector)`,
		);
		await expect(stat(file)).rejects.toThrow('ENOENT');
	});

	it('says what to do when the file has no events table', async () => {
		const file = join(scratch, 'other.sqlite');
		const db = new DatabaseSync(file);
		db.exec('CREATE TABLE notes (text TEXT)');
		db.close();
		await expect(readEvents(file, {})).rejects.toThrow(
			`${file} has no events table: it is not a database the collector wrote. Pass the collector's file with --db or DESTEK_DB`,
		);
	});

	it('says so when the file is not a database at all', async () => {
		const file = join(scratch, 'notes.txt');
		await writeFile(file, 'not sqlite, just text that is long enough to be read as a header'.repeat(4));
		await expect(readEvents(file, {})).rejects.toThrow(`Could not read the analytics database ${file}: file is not a database`);
	});
});

describe('reading PostgreSQL', () => {
	let server: TestPostgres;
	beforeAll(async () => {
		server = await startPostgres();
	}, 60_000);
	afterAll(async () => {
		await server?.close();
	});

	it('reads in a read-only transaction and never creates or migrates tables', async () => {
		const empty = await server.newDatabase();
		await expect(readEvents(empty, {})).rejects.toThrow('has no events table: no collector has stored searches in it yet');
		const sql = postgres(empty, { max: 1, onnotice: () => undefined });
		try {
			expect(await sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`).toEqual([]);
		} finally {
			await sql.end();
		}

		const url = await server.newDatabase();
		const store = openPostgresStore(url, { max: 1 });
		await store.add([search('kargom nerede')]);
		await store.close();
		expect((await readEvents(url, {})).map((event) => event.query)).toEqual(['kargom nerede']);
	});
});
