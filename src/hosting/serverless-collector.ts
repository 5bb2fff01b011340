import { createCollector, type Collector } from '../collector/collector.ts';
import { readCollectorVars, type CollectorVars } from '../collector/collector-vars.ts';
import { openPostgresStore } from '../collector/stores/postgres-store.ts';

/**
 * The collector of a serverless function (Netlify, Vercel), made once per function instance and
 * kept for every request it serves: settings from environment variables, events in PostgreSQL
 * through one connection (group commit needs no more; many instances share the database). A
 * missing or wrong variable is a 500 whose JSON names it, logged once, rather than a collector
 * running with a setting nobody chose. `where` says where the variables are set, for that message.
 */
export function serverlessCollector(env: Record<string, string | undefined>, where: string): Collector {
	let vars: CollectorVars;
	try {
		vars = readCollectorVars(env);
		if (!vars.DESTEK_DATABASE_URL)
			throw new Error(
				'The Destek collector is not set up: DESTEK_DATABASE_URL is not set: give the URL of the PostgreSQL database, postgres://user:password@host/database.',
			);
	} catch (problem) {
		const error = `${(problem as Error).message} Set it in ${where} (docs/deploy.md) and deploy again.`;
		console.error(`[destek collector] ${error}`);
		return async () => Response.json({ error }, { status: 500, headers: { 'cache-control': 'no-store' } });
	}
	const { DESTEK_DATABASE_URL, DESTEK_ALLOWED_ORIGINS, DESTEK_RATE_LIMIT } = vars;
	return createCollector({
		store: openPostgresStore(DESTEK_DATABASE_URL, { max: 1 }),
		allowedOrigins: DESTEK_ALLOWED_ORIGINS,
		rateLimitPerMinute: DESTEK_RATE_LIMIT,
	});
}
