import { existsSync, readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { selectEvents, storedEvent } from '../collector/event-row.ts';
import type { ReadOptions, StoredEvent } from '../collector/event-store.ts';
import { openPostgresStore } from '../collector/stores/postgres-store.ts';
import { hostOf, isPostgresUrl } from '../collector/stores/postgres-url.ts';
import { openSqliteStore } from '../collector/stores/sqlite-store.ts';

/** Where the report cannot read from: the CLI prints the message as one line and exits with 1. */
export class EventSourceError extends Error {}

/**
 * The events of a period from wherever the collector stored them: a PostgreSQL URL
 * (`postgres://…`), a `wrangler d1 export` file (`.sql`, Cloudflare D1), or the SQLite file.
 * `npm run collector:check` events are left out: they are not searches.
 */
export async function readEvents(source: string, options: ReadOptions): Promise<StoredEvent[]> {
	const events = isPostgresUrl(source) ? await readPostgres(source, options) : source.endsWith('.sql') ? readD1Export(source, options) : await readSqlite(source, options);
	return events.filter((event) => event.type !== 'collector-check');
}

async function readPostgres(url: string, options: ReadOptions): Promise<StoredEvent[]> {
	const store = openPostgresStore(url, { max: 1 });
	try {
		return await store.read(options);
	} catch (error) {
		throw new EventSourceError(`Could not read the PostgreSQL database ${hostOf(url)}: ${message(error)}. Check the URL (user, password, database name, ?sslmode=require for a managed database).`);
	} finally {
		await store.close().catch(() => undefined);
	}
}

async function readSqlite(file: string, options: ReadOptions): Promise<StoredEvent[]> {
	// Opening would create an empty database: say where we looked instead.
	if (!existsSync(file)) {
		throw new EventSourceError(
			`No search events recorded yet: ${file} does not exist. Searches are recorded while the site runs with npm start (or npm run collector); pass another database with --db, DESTEK_DB or DESTEK_DATABASE_URL.`,
		);
	}
	try {
		const store = openSqliteStore(file);
		try {
			return await store.read(options);
		} finally {
			await store.close();
		}
	} catch (error) {
		throw new EventSourceError(`Could not read the analytics database ${file}: ${message(error)}`);
	}
}

/** `wrangler d1 export <db> --remote --output events.sql` writes the schema and rows as SQL. */
function readD1Export(file: string, { since = 0, locale }: ReadOptions): StoredEvent[] {
	if (!existsSync(file)) throw new EventSourceError(`${file} does not exist; write it with npx wrangler d1 export destek-events --remote --output ${file}.`);
	const db = new DatabaseSync(':memory:');
	try {
		db.exec(readFileSync(file, 'utf8'));
		return db
			.prepare(selectEvents(locale))
			.all(since, ...(locale ? [locale] : []))
			.map(storedEvent);
	} catch (error) {
		throw new EventSourceError(`Could not read the D1 export ${file}: ${message(error)}. Export the whole database (not --no-data or --no-schema).`);
	} finally {
		db.close();
	}
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
