import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unstable_startWorker } from 'wrangler';
import { collectorPath } from '../../src/analytics/event-limits.ts';
import type { D1Database } from '../../src/collector/stores/d1-binding.ts';
import { redirectsFile } from '../../src/hosting/redirects.ts';
import { headersFile } from '../../src/hosting/security-headers.ts';
import { PROJECT_ROOT } from './build-site.ts';
import { runNode } from './run-node.ts';

// Nothing goes to Cloudflare: no account, no metrics, and not the `Request.cf` object Miniflare
// would otherwise download. Wrangler's warnings about the build's Netlify-only _redirects rules
// are left out of the test output.
Object.assign(process.env, {
	WRANGLER_SEND_METRICS: 'false',
	CLOUDFLARE_CF_FETCH_ENABLED: 'false',
	WRANGLER_HIDE_BANNER: 'true',
	WRANGLER_LOG: 'error',
	CI: 'true',
});
for (const key of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_ACCOUNT_ID']) delete process.env[key];

/** Markers of the small site's pages, to tell which one was served. */
export const PAGES = { 'index.html': 'language picker', '404.html': 'root 404 page', 'tr/index.html': 'tr home', 'tr/404.html': 'tr 404 page' };
export const HASHED_FILE = '_astro/search.Bx1a2.js';

/**
 * A project folder for wrangler: a few pages and the host files as the build writes them for
 * `base` (plus `<base>yardim` → `<base>tr/`, a redirect of the store's own), and the project's
 * wrangler.jsonc as a store edits it for that base. Returns the config's path.
 */
export function writeWorkerProject(dir: string, base: string): string {
	rmSync(dir, { recursive: true, force: true });
	const dist = join(dir, 'dist');
	for (const [path, text] of Object.entries(PAGES)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), `<!doctype html><html lang="tr"><title>${text}</title><p>${text}</p></html>`);
	}
	mkdirSync(join(dist, '_astro'), { recursive: true });
	writeFileSync(join(dist, HASHED_FILE), 'export {};\n');
	writeFileSync(join(dist, '_headers'), headersFile({ base }));
	// The build's own rules (language conditions, status 404) are Netlify's: Cloudflare skips them.
	writeFileSync(join(dist, '_redirects'), `${redirectsFile({ base, locales: ['tr', 'en'], defaultLocale: 'tr' })}${base}yardim  ${base}tr/  301\n`);
	const config = join(dir, 'wrangler.jsonc');
	writeFileSync(config, wranglerConfigFor(dist, base));
	return config;
}

/**
 * The project's wrangler.jsonc, not a second one: its relative paths made absolute for the new
 * folder, serving `dist`, and for a base other than `/` changed as its comments tell a store to.
 */
function wranglerConfigFor(dist: string, base: string): string {
	let text = readFileSync(join(PROJECT_ROOT, 'wrangler.jsonc'), 'utf8');
	const replaceOnce = (pattern: RegExp, replacement: (value: string) => string) => {
		const found = text.match(new RegExp(pattern, 'g'))?.length ?? 0;
		if (found !== 1) throw new Error(`wrangler.jsonc no longer has exactly one ${pattern} (found ${found}); update tests/helpers/local-worker.ts`);
		text = text.replace(pattern, (_, value: string) => replacement(value));
	};
	replaceOnce(/"main":\s*"([^"]+)"/, (main) => `"main": ${JSON.stringify(join(PROJECT_ROOT, main))}`);
	replaceOnce(/"directory":\s*"([^"]+)"/, () => `"directory": ${JSON.stringify(dist)}`);
	if (base !== '/') {
		replaceOnce(/"run_worker_first":\s*(\["\/api\/search-events"\])/, () => `"run_worker_first": ${JSON.stringify([collectorPath(base)])}`);
		replaceOnce(/\/\/ ("base_path": "\/help\/",)/, () => `"base_path": ${JSON.stringify(base)},`);
	}
	return text;
}

/** Miniflare types the Worker with @cloudflare/workers-types, which is not installed. */
interface CronTarget {
	scheduled(options: { cron: string }): Promise<{ outcome: string }>;
}

/** wrangler's local mode (workerd, Miniflare's D1 under the config's folder) on a free port. */
export async function startLocalWorker(config: string) {
	const worker = await unstable_startWorker({ config, dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'error' } });
	await worker.ready;
	// `ready` is wrangler's proxy; a first request waits for workerd itself to run the Worker.
	await (await worker.fetch(await worker.url)).arrayBuffer();
	const runtime = worker.raw.runtimes.map((each) => each.mf).find(Boolean);
	if (!runtime) throw new Error('wrangler started no local runtime');
	return {
		worker,
		// workerd's own entry, not the URL of wrangler's dev proxy in front of it (there for reloads),
		// which drops uploads the Worker refuses before reading them (EPIPE, 500).
		url: await runtime.ready,
		/** The Worker's `env.DB`, from Node. */
		db: (await runtime.getD1Database('DB')) as unknown as D1Database,
		/** Runs the Worker's cron handler as its trigger would (wrangler's own `worker.scheduled` looks in its proxy and finds no Worker). */
		scheduled: async (cron: string) => ((await runtime.getWorker(worker.config.name)) as unknown as CronTarget).scheduled({ cron }),
	};
}

/** `npx wrangler <args> --config <config>` as a store runs it, in the config's folder. */
export function runWrangler(config: string, ...args: string[]): Promise<{ code: number; output: string }> {
	return runNode(join(PROJECT_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'), [...args, '--config', config], {
		cwd: dirname(config),
		env: { ...process.env, WRANGLER_LOG: 'log', NO_COLOR: '1' },
	});
}
