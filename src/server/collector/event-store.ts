import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLOutputValue } from 'node:sqlite';
import type { AnswerStrength } from '../../analytics/events.ts';
import type { IncomingEvent } from './event-schema.ts';

/** Schema versions, applied in order; `PRAGMA user_version` records how many have run. */
const MIGRATIONS = [
	`CREATE TABLE events (
		id INTEGER PRIMARY KEY,
		received_at INTEGER NOT NULL,
		type TEXT NOT NULL,
		locale TEXT NOT NULL,
		query TEXT,
		path TEXT NOT NULL,
		filters TEXT,
		result_count INTEGER,
		position INTEGER,
		target TEXT,
		article TEXT,
		helpful INTEGER
	);
	CREATE INDEX events_by_time ON events (received_at);
	CREATE INDEX events_by_type ON events (type, locale, received_at);`,
	// Answer strength, the words not found together, what was shown first, time on a result left
	// for the search again; demo rows (npm run demo:events) are marked so they can be removed.
	`ALTER TABLE events ADD COLUMN strength TEXT;
	ALTER TABLE events ADD COLUMN unmatched TEXT;
	ALTER TABLE events ADD COLUMN first_result TEXT;
	ALTER TABLE events ADD COLUMN seconds INTEGER;
	ALTER TABLE events ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;`,
];

/** A stored event as the report reads it. */
export interface StoredEvent {
	id: number;
	receivedAt: number;
	type: IncomingEvent['type'];
	locale: string;
	query: string | null;
	path: string;
	filters: Record<string, string[]> | null;
	resultCount: number | null;
	position: number | null;
	target: string | null;
	article: string | null;
	helpful: boolean | null;
	/** Null for events from pages built before answer strength. */
	strength: AnswerStrength | null;
	unmatched: string[] | null;
	firstResult: string | null;
	seconds: number | null;
	/** Made by npm run demo:events. */
	demo: boolean;
}

export interface EventStore {
	/** Resolves once the events are committed to disk (a single transaction per tick, for all callers). */
	add(events: IncomingEvent[]): Promise<void>;
	count(): number;
	/** Events received at or after `since` (ms), oldest first. */
	read(options?: { since?: number; locale?: string | undefined }): StoredEvent[];
	/** Deletes events received before `before` (ms); returns how many. */
	deleteBefore(before: number): number;
	/** Stores made-up events at the given times, marked as demo rows, in one transaction. */
	addDemo(events: Array<{ event: IncomingEvent; receivedAt: number }>): void;
	/** Deletes the demo rows; returns how many. */
	deleteDemo(): number;
	close(): void;
}

/**
 * SQLite in WAL mode with full sync: an event is on disk before the collector answers 2xx, and a
 * crash mid-write rolls back the whole batch instead of leaving half of it. Writes that arrive in
 * the same tick share one transaction (group commit), which is what makes thousands of events per
 * second possible with an fsync per commit.
 */
export function openEventStore(file: string, now: () => number = Date.now, { maxBytes }: { maxBytes?: number } = {}): EventStore {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const db = new DatabaseSync(file);
	db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
	// Past the cap SQLite refuses the transaction (SQLITE_FULL) and the collector answers 503.
	if (maxBytes) db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(maxBytes / (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size))}`);
	migrate(db);
	const insert = db.prepare(
		`INSERT INTO events (received_at, type, locale, query, path, filters, result_count, position, target, article, helpful, strength, unmatched, first_result, seconds, demo)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	);
	let pending: Array<{ events: IncomingEvent[]; done: () => void; failed: (error: unknown) => void }> = [];

	function commit(): void {
		const batch = pending;
		pending = [];
		const receivedAt = now();
		try {
			db.exec('BEGIN IMMEDIATE');
			for (const { events } of batch) for (const event of events) insert.run(...row(event, receivedAt, false));
			db.exec('COMMIT');
		} catch (error) {
			if (db.isTransaction) db.exec('ROLLBACK');
			for (const request of batch) request.failed(error);
			return;
		}
		for (const request of batch) request.done();
	}

	return {
		add(events) {
			return new Promise((done, failed) => {
				if (pending.length === 0) setImmediate(commit);
				pending.push({ events, done, failed });
			});
		},
		count() {
			return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
		},
		read({ since = 0, locale } = {}) {
			const rows = locale
				? db.prepare('SELECT * FROM events WHERE received_at >= ? AND locale = ? ORDER BY received_at, id').all(since, locale)
				: db.prepare('SELECT * FROM events WHERE received_at >= ? ORDER BY received_at, id').all(since);
			return rows.map(fromRow);
		},
		deleteBefore(before) {
			return Number(db.prepare('DELETE FROM events WHERE received_at < ?').run(before).changes);
		},
		addDemo(events) {
			db.exec('BEGIN IMMEDIATE');
			try {
				for (const { event, receivedAt } of events) insert.run(...row(event, receivedAt, true));
				db.exec('COMMIT');
			} catch (error) {
				db.exec('ROLLBACK');
				throw error;
			}
		},
		deleteDemo() {
			return Number(db.prepare('DELETE FROM events WHERE demo = 1').run().changes);
		},
		close() {
			if (pending.length) commit();
			db.close();
		},
	};
}

function migrate(db: DatabaseSync): void {
	const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
	if (version > MIGRATIONS.length) throw new Error(`The analytics database was made by a newer Destek (schema ${version}); update Destek or use another DESTEK_DB file.`);
	for (let next = version; next < MIGRATIONS.length; next++) {
		db.exec('BEGIN IMMEDIATE');
		try {
			db.exec(MIGRATIONS[next]!);
			db.exec(`PRAGMA user_version = ${next + 1}`);
			db.exec('COMMIT');
		} catch (error) {
			db.exec('ROLLBACK');
			throw error;
		}
	}
}

type SqlValue = string | number | null;

function row(event: IncomingEvent, receivedAt: number, demo: boolean): SqlValue[] {
	const search = event.type === 'feedback' ? null : event;
	const opened = event.type === 'search-click' || event.type === 'search-return' ? event : null;
	return [
		receivedAt,
		event.type,
		event.locale,
		search?.query ?? null,
		event.path,
		search?.filters ? JSON.stringify(search.filters) : null,
		search?.resultCount ?? null,
		opened?.position ?? null,
		opened?.target ?? null,
		event.type === 'feedback' ? event.article : null,
		event.type === 'feedback' ? Number(event.helpful) : null,
		search?.strength ?? null,
		search?.unmatched ? JSON.stringify(search.unmatched) : null,
		search?.firstResult ?? null,
		event.type === 'search-return' ? event.seconds : null,
		Number(demo),
	];
}

function fromRow(raw: Record<string, SQLOutputValue>): StoredEvent {
	return {
		id: Number(raw.id),
		receivedAt: Number(raw.received_at),
		type: raw.type as StoredEvent['type'],
		locale: String(raw.locale),
		query: (raw.query as string | null) ?? null,
		path: String(raw.path),
		filters: raw.filters ? (JSON.parse(String(raw.filters)) as Record<string, string[]>) : null,
		resultCount: raw.result_count === null ? null : Number(raw.result_count),
		position: raw.position === null ? null : Number(raw.position),
		target: (raw.target as string | null) ?? null,
		article: (raw.article as string | null) ?? null,
		helpful: raw.helpful === null ? null : raw.helpful === 1,
		strength: (raw.strength as AnswerStrength | null) ?? null,
		unmatched: raw.unmatched ? (JSON.parse(String(raw.unmatched)) as string[]) : null,
		firstResult: (raw.first_result as string | null) ?? null,
		seconds: raw.seconds === null ? null : Number(raw.seconds),
		demo: raw.demo === 1,
	};
}
