import { isAbsolute, join, resolve } from 'node:path';
import type { SiteSettings } from '../site-config.ts';
import { createCollectorHandler } from './collector-handler.ts';
import { openEventStore, type EventStore } from './event-store.ts';
import { keepForDays } from './retention.ts';

/** The SQLite file: `DESTEK_DB`, else `data/analytics.sqlite` in the project. */
export function analyticsDatabasePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const configured = env.DESTEK_DB;
	if (configured) return isAbsolute(configured) ? configured : resolve(configured);
	return join(root, 'data', 'analytics.sqlite');
}

/** Path browsers post to when `analytics.endpoint` is left at its default. */
export function collectorPath(base: string): string {
	return `${base}api/search-events`;
}

/**
 * The collector as the project configures it: its store opened (and migrated), old events pruned,
 * and a request handler for `<base>api/search-events`.
 */
export function startCollector(root: string, settings: SiteSettings, env: NodeJS.ProcessEnv = process.env) {
	const { analytics } = settings.config;
	const file = analyticsDatabasePath(root, env);
	const store: EventStore = openEventStore(file, Date.now, { maxBytes: analytics.maxDatabaseMB * 2 ** 20 });
	const stopPruning = keepForDays(store, analytics.retentionDays);
	const allowedOrigins = env.DESTEK_ALLOWED_ORIGINS ? env.DESTEK_ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : analytics.allowedOrigins;
	const handle = createCollectorHandler({
		store,
		path: collectorPath(settings.base),
		allowedOrigins,
		rateLimitPerMinute: Number(env.DESTEK_RATE_LIMIT) || analytics.rateLimitPerMinute,
		trustProxy: env.DESTEK_TRUST_PROXY === '1' || analytics.trustProxy,
	});
	return {
		file,
		store,
		handle,
		close() {
			stopPruning();
			store.close();
		},
	};
}
