import postgres from 'postgres';
import { EVENT_COLUMNS, eventRow, storedEvent, type SqlValue } from '../event-row.ts';
import type { EventStore, ReadOptions, StoredEvent } from '../event-store.ts';
import { groupCommit, onceItWorks } from '../group-commit.ts';
import { explainPostgresError } from './postgres-errors.ts';
import { MIGRATION_LOCK, POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

const COLUMNS = EVENT_COLUMNS.join(', ');
/**
 * Rows as one JSON array of objects keyed by column: any number of rows, one statement text. The
 * parameter is text, which PostgreSQL parses: a json parameter would be JSON-encoded again by postgres.js.
 */
const INSERT_ROWS = `INSERT INTO events (${COLUMNS}) SELECT ${COLUMNS} FROM json_populate_recordset(NULL::events, $1::text::json)`;

export interface PostgresStoreOptions {
	now?: () => number;
	/** Connections in the pool of this process. */
	max?: number;
	/** Seconds to wait for a connection before the request gets 503. */
	connectTimeout?: number;
}

/**
 * PostgreSQL, for collectors on more than one machine or a managed database (`sslmode` in the
 * URL: `require`, `verify-full`), with the group commit of every store: one INSERT statement per
 * commit, committed as it ends, and `add` resolves only once it is.
 * The schema is migrated on first use under an advisory lock, so several processes may start at
 * once, and a database that is down at start or goes away is retried on the next request: the
 * collector answers 503 meanwhile and recovers without a restart.
 */
export function openPostgresStore(
	url: string,
	{ now = Date.now, max = 4, connectTimeout = 5 }: PostgresStoreOptions = {},
): EventStore & { count(): Promise<number> } {
	const sql = postgres(url, {
		max,
		connect_timeout: connectTimeout,
		idle_timeout: 60,
		onnotice: () => undefined,
		connection: { application_name: 'destek-collector' },
	});
	const ready = onceItWorks(() => migrate(sql));
	const commits = groupCommit({
		now,
		defer: setImmediate,
		// One statement is one transaction: no BEGIN and COMMIT round trips.
		write: (events, receivedAt) =>
			reading(() => sql.unsafe(INSERT_ROWS, [JSON.stringify(events.map((event) => rowObject(eventRow(event, receivedAt, false))))], { prepare: true })),
	});

	/** Every query after the migration, its failures explained in a sentence without the password. */
	async function reading<T>(query: () => Promise<T>): Promise<T> {
		try {
			await ready();
			return await query();
		} catch (error) {
			throw explainPostgresError(error, connectTimeout);
		}
	}

	return {
		add: commits.add,
		count: () => reading(async () => (await sql`SELECT count(*)::int AS n FROM events`)[0]!.n as number),
		read: (options = {}) => reading(() => selectPostgresEvents(sql, options)),
		deleteBefore: (before) => reading(async () => (await sql`DELETE FROM events WHERE received_at < ${before}`).count),
		async close() {
			await commits.drain();
			await sql.end({ timeout: 5 });
		},
	};
}

/** The events of a period, oldest first, on a connection or in a transaction (the report's is read-only). */
export async function selectPostgresEvents(sql: postgres.ISql, { since = 0, locale }: ReadOptions): Promise<StoredEvent[]> {
	const rows = locale
		? await sql`SELECT * FROM events WHERE received_at >= ${since} AND locale = ${locale} ORDER BY received_at, id`
		: await sql`SELECT * FROM events WHERE received_at >= ${since} ORDER BY received_at, id`;
	return rows.map((row) => storedEvent(row));
}

async function migrate(sql: postgres.Sql): Promise<void> {
	await sql.begin(async (tx) => {
		await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
		await tx`CREATE TABLE IF NOT EXISTS destek_schema (version INTEGER NOT NULL)`;
		const [row] = await tx`SELECT max(version) AS version FROM destek_schema`;
		const version = Number(row?.version ?? 0);
		if (version > POSTGRES_MIGRATIONS.length)
			throw new Error(`The analytics database was made by a newer Destek (schema ${version}); update Destek or point DESTEK_DATABASE_URL at another database.`);
		for (let next = version; next < POSTGRES_MIGRATIONS.length; next++) {
			await tx.unsafe(POSTGRES_MIGRATIONS[next]!);
			await tx`INSERT INTO destek_schema (version) VALUES (${next + 1})`;
		}
	});
}

function rowObject(values: SqlValue[]): Record<string, SqlValue> {
	return Object.fromEntries(EVENT_COLUMNS.map((column, index) => [column, storable(values[index] ?? null)]));
}

/**
 * PostgreSQL text holds neither NUL nor half a surrogate pair, and refuses the whole statement for
 * one such character: a single hostile query would fail every request sharing its transaction.
 * SQLite stores them as sent; here they become U+FFFD.
 */
function storable(value: SqlValue): SqlValue {
	return typeof value === 'string' ? value.toWellFormed().replaceAll('\0', '\uFFFD') : value;
}
