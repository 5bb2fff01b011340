import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../../analytics/event-limits.ts';
import { readCollectorVars } from '../../collector/collector-vars.ts';

/** The same default as `analytics.retentionDays`, which the Worker cannot read (it is not built with the site). */
const DEFAULT_RETENTION_DAYS = 180;

export interface WorkerSettings {
	allowedOrigins: string[];
	rateLimitPerMinute: number;
	retentionDays: number;
}

/**
 * The collector's settings from the Worker's `vars` (wrangler.jsonc), once per isolate; every one
 * may be left out. A wrong value throws, naming the var and what to write: the collector answers
 * 500 with that line rather than run with a setting nobody chose.
 */
export function workerSettings(vars: Record<string, unknown>): WorkerSettings {
	const { DESTEK_ALLOWED_ORIGINS, DESTEK_RATE_LIMIT, DESTEK_RETENTION_DAYS } = readCollectorVars(vars, (name) => `vars.${name} in wrangler.jsonc`);
	return {
		allowedOrigins: DESTEK_ALLOWED_ORIGINS ?? [],
		rateLimitPerMinute: DESTEK_RATE_LIMIT ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
		retentionDays: DESTEK_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS,
	};
}
