import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyticsDatabasePath } from '../site/analytics-database.ts';
import { openSqliteStore, type SqliteEventStore } from '../collector/stores/sqlite-store.ts';
import { asCollectorStores } from './collector-check.ts';
import { parseDemoArgs, USAGE } from './demo-args.ts';
import { generateDemoEvents } from './demo-month.ts';
import { formatCounts } from './demo-summary.ts';
import type { CliIo } from '../utils/cli-io.ts';
import { runCommand } from '../utils/cli-kit.ts';

/** The database could not be opened or written: exit code 1, one message. */
class DatabaseError extends Error {}

/** `npm run demo:events`; resolves to the exit code: 0 done, 1 database problem, 2 wrong flags. */
export function runDemoEventsCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: 'npm run demo:events', usage: USAGE }, argv, cliIo, async (io) => {
		const { cwd, env, now, stdout } = io;
		const options = parseDemoArgs(argv);
		// The database npm start and npm run report use, unless --db names another (as the report resolves it).
		const file = options.db ? resolve(cwd, options.db) : analyticsDatabasePath(io.root, env);
		if (options.remove) {
			// Opening would create an empty database just to find nothing in it.
			if (!existsSync(file)) {
				stdout(`No demo rows to remove: ${file} does not exist.\n`);
				return 0;
			}
			const removed = await withStore(file, (store) => store.deleteDemo());
			stdout(`Removed ${removed} demo ${removed === 1 ? 'event' : 'events'} from ${file}; other events were left as they were.\n`);
			return 0;
		}
		const events = asCollectorStores(generateDemoEvents({ seed: options.seed, now, days: options.days }));
		const replaced = await withStore(file, (store) => {
			const removed = store.deleteDemo();
			store.addDemo(events);
			return removed;
		});
		const searches = events.filter(({ event }) => event.type === 'search' || event.type === 'unanswered-search');
		const partial = searches.filter(({ event }) => event.type === 'search' && event.strength === 'partial').length;
		const unanswered = searches.filter(({ event }) => event.type === 'unanswered-search').length;
		stdout(
			[
				`Stored ${events.length} demo events (${options.days} days, seed ${options.seed}) in ${file}${replaced ? `, replacing ${replaced} earlier demo events` : ''}.`,
				`${searches.length} searches: ${searches.length - partial - unanswered} fully answered, ${partial} partly, ${unanswered} unanswered.`,
				'',
				formatCounts(events),
				'',
				`Next: npm run report -- --out report.html${options.db ? ` --db ${quote(options.db)}` : ''}`,
				`Remove them with: npm run demo:events -- --remove${options.db ? ` --db ${quote(options.db)}` : ''}`,
				'',
			].join('\n'),
		);
		return 0;
	});
}

async function withStore<T>(file: string, use: (store: SqliteEventStore) => T): Promise<T> {
	let store: SqliteEventStore;
	try {
		store = openSqliteStore(file);
	} catch (error) {
		throw new DatabaseError(`Could not open the analytics database ${file}: ${message(error)}. Pass another file with --db or DESTEK_DB.`);
	}
	try {
		return use(store);
	} catch (error) {
		throw new DatabaseError(`Could not write the analytics database ${file}: ${message(error)}. Only demo rows were touched.`);
	} finally {
		await store.close();
	}
}

function message(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/** A path as a shell would need it typed back. */
function quote(path: string): string {
	return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
