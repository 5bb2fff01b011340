/**
 * The `events` table in SQLite, as node:sqlite and Cloudflare D1 (SQLite too) both create it:
 * schema versions applied in order. node:sqlite records how many ran in `PRAGMA user_version`,
 * D1 (which does not allow that pragma) in a `destek_schema` table.
 */
export const SQLITE_MIGRATIONS = [
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
