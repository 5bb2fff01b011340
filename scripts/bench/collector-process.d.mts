// Types of collector-process.mjs, for the tests that start collectors the way the benchmarks do.
export interface CollectorProcess {
	port: number;
	/** http://127.0.0.1:<port>, without the collector's path. */
	url: string;
	/** What the collector wrote to stderr so far. */
	log(): string;
	/** kill -9. */
	kill(): boolean;
	/** SIGTERM, resolved once it has exited. */
	stop(): Promise<void>;
}

/** `npm run collector` in its own process on a SQLite file or a postgres:// URL. */
export function startCollectorProcess(database: string, port?: number): Promise<CollectorProcess>;
