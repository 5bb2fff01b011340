import type { CliIo } from '../utils/cli-io.ts';
import { EXIT, parseFlags, runCommand } from '../utils/cli-kit.ts';

export const USAGE = `Usage: npm run collector   (or: node scripts/collector.mjs)

Runs the search-event collector alone, for production behind a proxy: POST <base>api/search-events.
It takes no flags; its settings are environment variables (docs/analytics.md#the-collector):

  PORT                     the port; default 4322
  HOST                     the address to listen on; default 127.0.0.1
  DESTEK_DATABASE_URL      a postgres:// URL: store in PostgreSQL (several processes may share it)
  DESTEK_DB                the SQLite file otherwise; default data/analytics.sqlite
  DESTEK_ALLOWED_ORIGINS   other origins that may post, comma-separated (or analytics.allowedOrigins)
  DESTEK_RATE_LIMIT        requests per minute per visitor before 429; default 60
  DESTEK_TRUST_PROXY=1     behind a proxy: rate-limit by X-Forwarded-For
  DESTEK_RETENTION_DAYS    older events are deleted; default 180

Exit codes: 0 stopped (Ctrl+C, SIGTERM), 1 a setting cannot be used or the port is taken, 2 wrong flags.
`;

/**
 * The command line of `npm run collector`, read before the server starts: `--help` prints the
 * usage and a flag is a mistake (settings are environment variables, as hosts set them).
 * Resolves to null when the collector should start, else to the exit code.
 */
export async function readCollectorCommandLine(argv: string[], io: CliIo): Promise<number | null> {
	let start = false;
	const code = await runCommand({ name: 'npm run collector', usage: USAGE }, argv, io, async () => {
		parseFlags(argv, {}, { example: 'PORT=4323 npm run collector' });
		start = true;
		return EXIT.ok;
	});
	return start ? null : code;
}
