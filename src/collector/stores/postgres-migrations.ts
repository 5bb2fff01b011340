/**
 * The `events` table in PostgreSQL, with the columns of SQLite's (src/collector/event-row.ts), as
 * schema versions applied in order; `destek_schema` records how many ran. Version 1 is SQLite's
 * versions 1 and 2 together: PostgreSQL came after both.
 */
export const POSTGRES_MIGRATIONS = [
	`CREATE TABLE events (
		id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		received_at BIGINT NOT NULL,
		type TEXT NOT NULL,
		locale TEXT NOT NULL,
		query TEXT,
		path TEXT NOT NULL,
		filters TEXT,
		result_count INTEGER,
		position INTEGER,
		target TEXT,
		article TEXT,
		helpful SMALLINT,
		strength TEXT,
		unmatched TEXT,
		first_result TEXT,
		seconds INTEGER,
		demo SMALLINT NOT NULL DEFAULT 0
	);
	CREATE INDEX events_by_time ON events (received_at);
	CREATE INDEX events_by_type ON events (type, locale, received_at);`,
];

/** Any 64-bit number of our own: every collector process takes this lock while it migrates. */
export const MIGRATION_LOCK = 7_301_955_120;
