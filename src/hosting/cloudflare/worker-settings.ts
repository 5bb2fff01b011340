// Plain zod, not astro/zod: this file is bundled into the Worker.
import { z } from 'zod';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../../analytics/event-limits.ts';

/** The same default as `analytics.retentionDays`, which the Worker cannot read (it is not built with the site). */
const DEFAULT_RETENTION_DAYS = 180;

/** A var written as a JSON number or as text (`wrangler.jsonc` takes both; the dashboard gives text). */
const wholeNumber = (max: number) =>
	z
		.union([z.number(), z.string()])
		.transform((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value))
		.pipe(z.number({ error: 'write a whole number' }).int({ error: 'write a whole number' }).min(1, { error: 'write 1 or more' }).max(max, { error: `write at most ${max}` }));
const origin = z.string().refine((value) => value === '*' || (URL.canParse(value) && new URL(value).origin === value), {
	message: 'give origins without a path, e.g. "https://help.example.com"',
});

/**
 * The `vars` of `wrangler.jsonc` the collector reads; every one may be left out.
 * @example { "DESTEK_ALLOWED_ORIGINS": "https://www.example.com", "DESTEK_RATE_LIMIT": 60, "DESTEK_RETENTION_DAYS": 180 }
 */
const WorkerVarsSchema = z.object({
	/** Other origins that may post events, comma-separated (`analytics.allowedOrigins`). */
	DESTEK_ALLOWED_ORIGINS: z
		.union([z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean)), z.array(z.string())])
		.pipe(z.array(origin))
		.default([]),
	/** Requests per minute one client address may send before it gets 429 (`analytics.rateLimitPerMinute`). */
	DESTEK_RATE_LIMIT: wholeNumber(1_000_000).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
	/** Days events are kept; the cron trigger deletes older ones (`analytics.retentionDays`). */
	DESTEK_RETENTION_DAYS: wholeNumber(3650).default(DEFAULT_RETENTION_DAYS),
});

export interface WorkerSettings {
	allowedOrigins: string[];
	rateLimitPerMinute: number;
	retentionDays: number;
}

/**
 * Reads the collector's settings from the Worker's vars, once per isolate. A wrong value throws,
 * naming the var and what to write: the collector answers 500 with that line rather than run with a
 * setting nobody chose.
 */
export function workerSettings(vars: Record<string, unknown>): WorkerSettings {
	const parsed = WorkerVarsSchema.safeParse(vars);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(({ path: [name], message }) => `vars.${String(name)} in wrangler.jsonc is ${JSON.stringify(vars[String(name)])}: ${message}`);
		throw new Error(`The Destek collector's settings are wrong. ${problems.join('; ')}.`);
	}
	const { DESTEK_ALLOWED_ORIGINS, DESTEK_RATE_LIMIT, DESTEK_RETENTION_DAYS } = parsed.data;
	return { allowedOrigins: DESTEK_ALLOWED_ORIGINS, rateLimitPerMinute: DESTEK_RATE_LIMIT, retentionDays: DESTEK_RETENTION_DAYS };
}

