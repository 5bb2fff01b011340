import { existsSync, readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import { selectEvents, storedEvent } from '../collector/event-row.ts';
import type { ReadOptions, StoredEvent } from '../collector/event-store.ts';
import { explainPostgresError } from '../collector/stores/postgres-errors.ts';
import { selectPostgresEvents } from '../collector/stores/postgres-store.ts';
import { hostOf, isPostgresUrl } from '../collector/stores/postgres-url.ts';
import { SQLITE_MIGRATIONS } from '../collector/stores/sqlite-migrations.ts';

/** Seconds to wait for PostgreSQL to answer. */
const CONNECT_TIMEOUT = 5;
/** PostgreSQL's code for a relation that does not exist. */
const UNDEFINED_TABLE = '42P01';

/** Where the report cannot read from: the CLI prints the message as one line and exits with 1. */
export class EventSourceError extends Error {}

/**
 * The events of a period from wherever the collector stored them: a PostgreSQL URL
 * (`postgres://…`), a `wrangler d1 export` file (`.sql`, Cloudflare D1), or the SQLite file.
 * `npm run collector:check` events are left out: they are not searches.
 */
export async function readEvents(source: string, options: ReadOptions): Promise<StoredEvent[]> {
	const events = isPostgresUrl(source)
		? await readPostgres(source, options)
		: source.endsWith('.sql')
			? readD1Export(source, options)
			: readSqlite(source, options);
	return events.filter((event) => event.type !== 'collector-check');
}

/**
 * PostgreSQL in one read-only transaction: the report never migrates or writes, so it may use a
 * role that can only SELECT. (BEGIN READ ONLY rather than a startup parameter: connection
 * poolers such as PgBouncer refuse unknown startup parameters.)
 */
async function readPostgres(url: string, options: ReadOptions): Promise<StoredEvent[]> {
	const sql = postgres(url, { max: 1, connect_timeout: CONNECT_TIMEOUT, onnotice: () => undefined, connection: { application_name: 'destek-report' } });
	try {
		return await sql.begin('read only', (tx) => selectPostgresEvents(tx, options));
	} catch (error) {
		if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
			throw new EventSourceError(
				`The PostgreSQL database ${hostOf(url)} has no events table: no collector has stored searches in it yet. Check the database name in the URL, or start the collector with DESTEK_DATABASE_URL set to it (it creates the table).`,
			);
		}
		throw new EventSourceError(
			`Could not read the PostgreSQL database ${hostOf(url)}: ${message(explainPostgresError(error, CONNECT_TIMEOUT))}. Check the URL (user, password, database name, ?sslmode=require for a managed database).`,
		);
	} finally {
		await sql.end({ timeout: 5 }).catch(() => undefined);
	}
}

/**
 * The collector's SQLite file, opened read-only: no migration, no journal mode set, nothing
 * written, so the file is as the collector left it (and a running collector is not disturbed).
 * Like any reader of a WAL database, SQLite creates its `-shm` index and an empty `-wal` beside it
 * when the collector is not running; `immutable=1` would avoid them, but would read a file the
 * collector is writing without locks.
 * An old schema reads as it is: columns added later come back empty (event-row.ts).
 */
function readSqlite(file: string, options: ReadOptions): StoredEvent[] {
	// Opening would fail with SQLite's "unable to open database file": say where we looked instead.
	if (!existsSync(file)) {
		throw new EventSourceError(
			`No search events recorded yet: ${file} does not exist. Searches are recorded while the site runs with npm start (or npm run collector); pass another database with --db, DESTEK_DB or DESTEK_DATABASE_URL.`,
		);
	}
	let db: DatabaseSync;
	try {
		db = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
	} catch (error) {
		throw new EventSourceError(`Could not open the analytics database ${file}: ${message(error)}. Check that the file is readable.`);
	}
	try {
		const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
		if (version > SQLITE_MIGRATIONS.length)
			throw new EventSourceError(`The analytics database ${file} was made by a newer Destek (schema ${version}); update Destek to read it.`);
		if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()) {
			throw new EventSourceError(
				`${file} has no events table: it is not a database the collector wrote. Pass the collector's file with --db or DESTEK_DB (npm start keeps it in .destek/analytics.sqlite), or start the collector once to create it.`,
			);
		}
		return selectFrom(db, options);
	} catch (error) {
		if (error instanceof EventSourceError) throw error;
		throw new EventSourceError(`Could not read the analytics database ${file}: ${message(error)}. Check that --db names the collector's SQLite file.`);
	} finally {
		db.close();
	}
}

/** The events of a period from an open SQLite database (the collector's file, a D1 export). */
function selectFrom(db: DatabaseSync, { since = 0, locale }: ReadOptions): StoredEvent[] {
	return db
		.prepare(selectEvents(locale))
		.all(since, ...(locale ? [locale] : []))
		.map(storedEvent);
}

/** `wrangler d1 export <db> --remote --output events.sql` writes the schema and rows as SQL. */
function readD1Export(file: string, options: ReadOptions): StoredEvent[] {
	if (!existsSync(file)) throw new EventSourceError(`${file} does not exist; write it with npx wrangler d1 export destek-events --remote --output ${file}.`);
	const db = new DatabaseSync(':memory:');
	try {
		db.exec(readFileSync(file, 'utf8'));
		return selectFrom(db, options);
	} catch (error) {
		throw new EventSourceError(`Could not read the D1 export ${file}: ${message(error)}. Export the whole database (not --no-data or --no-schema).`);
	} finally {
		db.close();
	}
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
