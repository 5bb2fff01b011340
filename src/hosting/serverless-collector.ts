// Plain zod, not astro/zod: this file is bundled into the Netlify and Vercel functions.
import { z } from 'zod';
import { createCollector, type Collector } from '../collector/collector.ts';
import { openPostgresStore } from '../collector/stores/postgres-store.ts';

const origin = z.string().refine((value) => value === '*' || (URL.canParse(value) && new URL(value).origin === value), {
	message: 'give origins without a path, comma-separated, e.g. "https://help.example.com"',
});

/**
 * The environment variables a serverless collector reads (the site's config is not deployed with
 * the function). Only the database is required.
 * @example { DESTEK_DATABASE_URL: 'postgres://destek:…@db.example.com/destek?sslmode=require', DESTEK_ALLOWED_ORIGINS: 'https://www.example.com', DESTEK_RATE_LIMIT: '60' }
 */
const FunctionEnvSchema = z.object({
	/** Where events are stored: a PostgreSQL URL. */
	DESTEK_DATABASE_URL: z.string({ message: 'is not set: give the URL of the PostgreSQL database, postgres://user:password@host/database' }).regex(/^postgres(ql)?:\/\//, {
		message: 'is not a PostgreSQL URL: it starts with postgres:// or postgresql://',
	}),
	/** Other origins that may post events (`analytics.allowedOrigins`). */
	DESTEK_ALLOWED_ORIGINS: z
		.string()
		.transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
		.pipe(z.array(origin))
		.optional(),
	/** Requests per minute one client address may send before it gets 429 (`analytics.rateLimitPerMinute`). */
	DESTEK_RATE_LIMIT: z.string().trim().regex(/^[1-9]\d*$/, { message: 'write a whole number of requests per minute' }).transform(Number).optional(),
});

/**
 * The collector of a serverless function (Netlify, Vercel), made once per function instance and
 * kept for every request it serves: settings from environment variables, events in PostgreSQL
 * through one connection (group commit needs no more; many instances share the database). A
 * missing or wrong variable is a 500 whose JSON names it, logged once, rather than a collector
 * running with a setting nobody chose. `where` says where the variables are set, for that message.
 */
export function serverlessCollector(env: Record<string, string | undefined>, where: string): Collector {
	const parsed = FunctionEnvSchema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(({ path: [name], message }) => `${String(name)} ${message}`);
		const error = `The Destek collector is not set up: ${problems.join('; ')}. Set it in ${where} (docs/deploy.md) and deploy again.`;
		console.error(`[destek collector] ${error}`);
		return async () => Response.json({ error }, { status: 500, headers: { 'cache-control': 'no-store' } });
	}
	const { DESTEK_DATABASE_URL, DESTEK_ALLOWED_ORIGINS, DESTEK_RATE_LIMIT } = parsed.data;
	return createCollector({
		store: openPostgresStore(DESTEK_DATABASE_URL, { max: 1 }),
		allowedOrigins: DESTEK_ALLOWED_ORIGINS,
		rateLimitPerMinute: DESTEK_RATE_LIMIT,
	});
}
