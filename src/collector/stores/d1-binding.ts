/**
 * The part of a Cloudflare D1 binding (`env.DB`) the event store uses, written out here rather
 * than taken from `@cloudflare/workers-types`, which is large and describes the whole runtime.
 * Miniflare's `getD1Database()` gives the same shape in Node, for tests.
 */
export interface D1Database {
	prepare(query: string): D1PreparedStatement;
	/** Runs the statements in one transaction: all of them are committed, or none. */
	batch(statements: D1PreparedStatement[]): Promise<unknown[]>;
}

export interface D1PreparedStatement {
	bind(...values: unknown[]): D1PreparedStatement;
	all<Row = Record<string, unknown>>(): Promise<{ results: Row[] }>;
	first<Row = Record<string, unknown>>(): Promise<Row | null>;
	run(): Promise<{ meta: { changes?: number } }>;
}
