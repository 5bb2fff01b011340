import { EVENT_COLUMNS, eventRow, selectEvents, storedEvent } from '../event-row.ts';
import type { EventStore } from '../event-store.ts';
import { groupCommit, onceItWorks } from '../group-commit.ts';
import type { D1Database, D1PreparedStatement } from './d1-binding.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

export interface D1StoreOptions {
	now?: () => number;
	/**
	 * Keeps the isolate at a commit or migration after the request that started it has its answer
	 * (`waitUntil` of `cloudflare:workers`): other requests wait on the same promise, and a Worker
	 * whose client went away is otherwise cancelled with everything it started.
	 */
	keepAlive?: (work: Promise<unknown>) => void;
}

// Every row of a commit goes in one statement as one JSON parameter: D1 binds at most 100
// parameters per statement (six rows of 16 columns) and counts statements against the queries a
// Worker may make per request (50 on the free plan). https://developers.cloudflare.com/d1/platform/limits/
const INSERT = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) SELECT ${EVENT_COLUMNS.map((_, index) => `json_extract(value, '$[${index}]')`).join(', ')} FROM json_each(?) ORDER BY key`;
/** Characters of row JSON per statement: D1 takes strings up to 2 MB, and a character is up to 3 bytes. */
const MAX_JSON_PER_STATEMENT = 600_000;

/**
 * Cloudflare D1 (SQLite, the schema of SQLITE_MIGRATIONS), for the collector in a Worker, with the
 * group commit of every store: a commit is one `batch` (one transaction, so a batch of events is
 * stored whole or not at all), and `add` resolves only after it. The schema is migrated on first use in each
 * isolate; a failure (D1 unreachable, another isolate migrating at the same moment) is forgotten
 * so the next request tries again, answering 503 meanwhile.
 */
export function openD1Store(db: D1Database, { now = Date.now, keepAlive = () => undefined }: D1StoreOptions = {}): EventStore {
	const migrated = onceItWorks(() => migrate(db));
	const ready = () => {
		const migrating = migrated();
		keepAlive(migrating.catch(() => undefined));
		return migrating;
	};
	const commits = groupCommit({
		now,
		keepAlive,
		async write(events, receivedAt) {
			await ready();
			await db.batch(
				insertStatements(
					db,
					events.map((event) => JSON.stringify(eventRow(event, receivedAt, false))),
				),
			);
		},
	});

	return {
		add: commits.add,
		async read({ since = 0, locale } = {}) {
			await ready();
			const query = db.prepare(selectEvents(locale)).bind(since, ...(locale ? [locale] : []));
			return (await query.all()).results.map(storedEvent);
		},
		async deleteBefore(before) {
			await ready();
			return (await db.prepare('DELETE FROM events WHERE received_at < ?').bind(before).run()).meta.changes ?? 0;
		},
		close: commits.drain,
	};
}

/** The rows (each a JSON array of EVENT_COLUMNS' values) as few INSERTs as D1's limits allow. */
function insertStatements(db: D1Database, rows: string[]): D1PreparedStatement[] {
	const statements: D1PreparedStatement[] = [];
	let chunk: string[] = [];
	let size = 0;
	for (const row of rows) {
		if (chunk.length && size + row.length > MAX_JSON_PER_STATEMENT) {
			statements.push(db.prepare(INSERT).bind(`[${chunk.join(',')}]`));
			chunk = [];
			size = 0;
		}
		chunk.push(row);
		size += row.length + 1;
	}
	if (chunk.length) statements.push(db.prepare(INSERT).bind(`[${chunk.join(',')}]`));
	return statements;
}

/**
 * D1 refuses `PRAGMA user_version`, so the versions that ran are rows of `destek_schema`, as in
 * PostgreSQL. Each version's statements and its row are one batch: applied whole or not at all. Two
 * isolates migrating at once both try version 1; the second fails (the table exists) and retries.
 */
async function migrate(db: D1Database): Promise<void> {
	await db.prepare('CREATE TABLE IF NOT EXISTS destek_schema (version INTEGER PRIMARY KEY)').run();
	const row = await db.prepare('SELECT max(version) AS version FROM destek_schema').first<{ version: number | null }>();
	const version = Number(row?.version ?? 0);
	if (version > SQLITE_MIGRATIONS.length)
		throw new Error(
			`The D1 database was made by a newer Destek (schema ${version}); deploy the newer Destek or bind another database as DB in wrangler.jsonc.`,
		);
	for (let next = version; next < SQLITE_MIGRATIONS.length; next++) {
		// D1 prepares one statement at a time; the migrations hold no `;` but between statements.
		const statements = SQLITE_MIGRATIONS[next]!.split(';')
			.map((sql) => sql.trim())
			.filter(Boolean);
		await db.batch([...statements.map((sql) => db.prepare(sql)), db.prepare('INSERT INTO destek_schema (version) VALUES (?)').bind(next + 1)]);
	}
}
