import { collectorPath } from '../../analytics/event-limits.ts';
import { createCollector } from '../../collector/collector.ts';
import { readCollectorVars } from '../../collector/collector-vars.ts';
import type { EventStore } from '../../collector/event-store.ts';
import { openPostgresStore } from '../../collector/stores/postgres-store.ts';
import { withoutPassword } from '../../collector/stores/postgres-url.ts';
import { openSqliteStore } from '../../collector/stores/sqlite-store.ts';
import { analyticsDatabasePath } from '../../site/analytics-database.ts';
import type { SiteSettings } from '../../site/site-settings.ts';
import { nodeCollectorHandler } from './node-collector.ts';
import { keepForDays } from './retention.ts';

/** Where events go: PostgreSQL when `DESTEK_DATABASE_URL` is set, else the SQLite file. */
function openConfiguredStore(root: string, settings: SiteSettings, env: NodeJS.ProcessEnv, url: string | undefined): { store: EventStore; where: string } {
	if (url) return { store: openPostgresStore(url), where: withoutPassword(url) };
	const file = analyticsDatabasePath(root, env);
	return { store: openSqliteStore(file, Date.now, { maxBytes: settings.config.analytics.maxDatabaseMB * 2 ** 20 }), where: file };
}

/**
 * The collector as the project configures it (astro.config.mjs, with the DESTEK_* variables of
 * collector-vars.ts over it), for a Node server: its store opened, old events pruned, and a handler that answers `<base>api/search-events` (and returns false for any other
 * request, so it can share a server with the static site).
 */
export function startCollector(root: string, settings: SiteSettings, env: NodeJS.ProcessEnv = process.env) {
	const { analytics } = settings.config;
	const vars = readCollectorVars(env);
	const { store, where } = openConfiguredStore(root, settings, env, vars.DESTEK_DATABASE_URL);
	const stopPruning = keepForDays(store, vars.DESTEK_RETENTION_DAYS ?? analytics.retentionDays);
	const path = collectorPath(settings.base);
	const collect = createCollector({
		store,
		allowedOrigins: vars.DESTEK_ALLOWED_ORIGINS ?? analytics.allowedOrigins,
		rateLimitPerMinute: vars.DESTEK_RATE_LIMIT ?? analytics.rateLimitPerMinute,
	});
	return {
		/** The SQLite file or the PostgreSQL URL without its password. */
		where,
		store,
		path,
		handle: nodeCollectorHandler(collect, path, { trustProxy: env.DESTEK_TRUST_PROXY === '1' || analytics.trustProxy }),
		async close() {
			stopPruning();
			await store.close();
		},
	};
}
