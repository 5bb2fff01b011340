import { waitUntil } from 'cloudflare:workers';
import { collectorPath } from '../../analytics/event-limits.ts';
import { createCollector, type Collector } from '../../collector/collector.ts';
import type { EventStore } from '../../collector/event-store.ts';
import type { D1Database } from '../../collector/stores/d1-binding.ts';
import { openD1Store } from '../../collector/stores/d1-store.ts';
import { workerSettings, type WorkerSettings } from './worker-settings.ts';

/** What wrangler.jsonc binds: the built site, the D1 database, and the vars of worker-settings.ts. */
export interface Env {
	ASSETS: { fetch(request: Request): Promise<Response> };
	DB: D1Database;
	[variable: string]: unknown;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The help center on Cloudflare Workers (wrangler.jsonc). Cloudflare serves `dist/` itself, with
 * `_headers`, `_redirects` and the 404 pages, without running this code; `run_worker_first` sends
 * only the collector's path here, and the events go to D1. The cron trigger deletes events older
 * than the retention.
 */
export default {
	async fetch(request: Request, env: Env): Promise<Response> {
		if (!isCollectorRequest(new URL(request.url).pathname)) return env.ASSETS.fetch(request);
		let isolate: Isolate;
		try {
			isolate = isolateFor(env);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			console.error(message);
			return Response.json({ error: message }, { status: 500 });
		}
		// Cloudflare sets the visitor's address; it is only used for rate limiting, never stored.
		return isolate.collect(request, { address: request.headers.get('cf-connecting-ip') ?? undefined });
	},

	async scheduled(_controller: unknown, env: Env): Promise<void> {
		const { store, settings } = isolateFor(env);
		const deleted = await store.deleteBefore(Date.now() - settings.retentionDays * DAY_MS);
		console.log(`[destek collector] deleted ${deleted} events older than ${settings.retentionDays} days`);
	},
};

/**
 * The Worker does not know the site's base: a path ending in `/api/search-events` is the collector's
 * of the base before it (`/help/api/search-events` for `/help/`). Which of them reach the Worker at
 * all is decided by `assets.run_worker_first` in wrangler.jsonc, which names the base.
 */
function isCollectorRequest(pathname: string): boolean {
	return pathname.endsWith(collectorPath('/'));
}

interface Isolate {
	settings: WorkerSettings;
	store: EventStore;
	collect: Collector;
}

// Kept for the life of the isolate, not made per request: the rate limiter counts a client's
// requests across requests, and the schema is checked once. Vars and bindings cannot change within
// an isolate (a deploy starts new ones).
let isolate: Isolate | undefined;

function isolateFor(env: Env): Isolate {
	if (isolate) return isolate;
	const settings = workerSettings(env);
	const store = openD1Store(env.DB, { keepAlive: waitUntil });
	isolate = { settings, store, collect: createCollector({ store, allowedOrigins: settings.allowedOrigins, rateLimitPerMinute: settings.rateLimitPerMinute }) };
	return isolate;
}
