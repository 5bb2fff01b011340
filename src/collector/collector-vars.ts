// Plain zod, not astro/zod (the same package): this file is bundled into the Worker and functions.
import { z } from 'zod';
import { OriginSchema } from '../schemas/origin.ts';
import { isPostgresUrl } from './stores/postgres-url.ts';

/** A setting written as a number (wrangler.jsonc) or as text (environment variables, dashboards). */
const wholeNumber = (max: number) =>
	z
		.union([z.number(), z.string()])
		.transform((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value))
		.pipe(
			z
				.number({ error: 'write a whole number' })
				.int({ error: 'write a whole number' })
				.min(1, { error: 'write 1 or more' })
				.max(max, { error: `write at most ${max}` }),
		);

/** An unset variable and an empty one mean the same: the default. */
const unlessEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * The settings every collector takes from its environment (process.env for `npm start`,
 * `npm run collector`, Netlify and Vercel; the `vars` of wrangler.jsonc for the Worker), each
 * overriding the `analytics` option of astro.config.mjs named beside it.
 */
const CollectorVarsSchema = z.object({
	/** Where events go: a PostgreSQL URL; SQLite (Node) or D1 (Worker) when unset. */
	DESTEK_DATABASE_URL: unlessEmpty(z.string().refine(isPostgresUrl, { message: 'is not a PostgreSQL URL: it starts with postgres:// or postgresql://' })),
	/** Other origins that may post events, comma-separated (`analytics.allowedOrigins`); `*` for any. */
	DESTEK_ALLOWED_ORIGINS: unlessEmpty(
		z
			.union([
				z.string().transform((value) =>
					value
						.split(',')
						.map((item) => item.trim())
						.filter(Boolean),
				),
				z.array(z.string()),
			])
			.pipe(z.array(z.union([z.literal('*'), OriginSchema]))),
	),
	/** Requests per minute one client address may send before it gets 429 (`analytics.rateLimitPerMinute`). */
	DESTEK_RATE_LIMIT: unlessEmpty(wholeNumber(Number.MAX_SAFE_INTEGER)),
	/** Days events are kept (`analytics.retentionDays`). */
	DESTEK_RETENTION_DAYS: unlessEmpty(wholeNumber(3650)),
});
export type CollectorVars = z.output<typeof CollectorVarsSchema>;

/** Settings that cannot be read; the message names each variable, what it holds and what to write. */
export class CollectorVarsError extends Error {}

/**
 * The collector's variables, checked. `nameOf` says where a variable is set, for the message
 * (`vars.DESTEK_RATE_LIMIT in wrangler.jsonc`).
 */
export function readCollectorVars(vars: Record<string, unknown>, nameOf: (variable: string) => string = (variable) => variable): CollectorVars {
	const parsed = CollectorVarsSchema.safeParse(vars);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map(
		({ path: [variable], message }) => `${nameOf(String(variable))} is ${JSON.stringify(vars[String(variable)])}: ${message}`,
	);
	throw new CollectorVarsError(`The Destek collector's settings are wrong. ${problems.join('; ')}.`);
}
