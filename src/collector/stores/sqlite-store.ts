import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { IncomingEvent } from '../../analytics/event-schema.ts';
import { EVENT_COLUMNS, eventRow, selectEvents, storedEvent } from '../event-row.ts';
import { groupCommit } from '../group-commit.ts';
import type { EventStore } from '../event-store.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

/** SQLite's own extras: counting without reading, and the demo rows of npm run demo:events. */
export interface SqliteEventStore extends EventStore {
	count(): number;
	/** Stores made-up events at the given times, marked as demo rows, in one transaction. */
	addDemo(events: Array<{ event: IncomingEvent; receivedAt: number }>): void;
	/** Deletes the demo rows; returns how many. */
	deleteDemo(): number;
}

/**
 * SQLite in WAL mode with full sync, the embedded default: an event is on disk before the
 * collector answers 2xx, and a crash mid-write rolls back the whole batch instead of leaving half
 * of it. Requests that arrive together share one transaction (group commit).
 */
export function openSqliteStore(file: string, now: () => number = Date.now, { maxBytes }: { maxBytes?: number } = {}): SqliteEventStore {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const db = new DatabaseSync(file);
	db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
	// Past the cap SQLite refuses the transaction (SQLITE_FULL) and the collector answers 503.
	if (maxBytes)
		db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(maxBytes / (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size))}`);
	migrate(db);
	const insert = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
	const commits = groupCommit({
		now,
		defer: setImmediate,
		write(events, receivedAt) {
			try {
				db.exec('BEGIN IMMEDIATE');
				for (const event of events) insert.run(...eventRow(event, receivedAt, false));
				db.exec('COMMIT');
			} catch (error) {
				if (db.isTransaction) db.exec('ROLLBACK');
				throw error;
			}
		},
	});

	return {
		add: commits.add,
		count() {
			return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
		},
		async read({ since = 0, locale } = {}) {
			return db
				.prepare(selectEvents(locale))
				.all(since, ...(locale ? [locale] : []))
				.map(storedEvent);
		},
		async deleteBefore(before) {
			return Number(db.prepare('DELETE FROM events WHERE received_at < ?').run(before).changes);
		},
		addDemo(events) {
			db.exec('BEGIN IMMEDIATE');
			try {
				for (const { event, receivedAt } of events) insert.run(...eventRow(event, receivedAt, true));
				db.exec('COMMIT');
			} catch (error) {
				db.exec('ROLLBACK');
				throw error;
			}
		},
		deleteDemo() {
			return Number(db.prepare('DELETE FROM events WHERE demo = 1').run().changes);
		},
		async close() {
			await commits.drain();
			db.close();
		},
	};
}

function migrate(db: DatabaseSync): void {
	const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
	if (version > SQLITE_MIGRATIONS.length)
		throw new Error(`The analytics database was made by a newer Destek (schema ${version}); update Destek or use another DESTEK_DB file.`);
	for (let next = version; next < SQLITE_MIGRATIONS.length; next++) {
		db.exec('BEGIN IMMEDIATE');
		try {
			db.exec(SQLITE_MIGRATIONS[next]!);
			db.exec(`PRAGMA user_version = ${next + 1}`);
			db.exec('COMMIT');
		} catch (error) {
			db.exec('ROLLBACK');
			throw error;
		}
	}
}
