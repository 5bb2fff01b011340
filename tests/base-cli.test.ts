import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createHelpCenterServer } from '../src/server/help-center-server.ts';
import { startHelpCenter } from './helpers/help-center.ts';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { brokenLinks } from './helpers/dist-pages.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// The fixture without a base in its config, built with `astro build --base /docs/` (what
// `npm run build -- --base /docs/` runs), then served the way `npm start` serves it.
let root: string;
let site: Awaited<ReturnType<typeof createHelpCenterServer>>;
let origin: string;

beforeAll(async () => {
	const config = await readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', 'astro.config.mjs'), 'utf8');
	expect(config).toContain("base: '/help/',");
	root = await scratchSite('base-cli', { 'astro.config.mjs': config.replace("base: '/help/',", '') });
	const result = await buildSite(root, ['--base', '/docs/']);
	expect(result.code, result.output).toBe(0);
	({ site, origin } = await startHelpCenter(root, join(root, 'analytics.sqlite')));
});
afterAll(async () => {
	await site?.close();
	if (root) await rm(join(root, 'analytics.sqlite'), { force: true });
});

describe('a base path given on the command line', () => {
	it('puts every link, asset, search bundle, canonical, sitemap entry and redirect under it', async () => {
		const dist = join(root, 'dist');
		expect(await brokenLinks(dist, '/docs/', 'https://help.fixture.example')).toEqual([]);
		const article = await readFile(join(dist, 'tr', 'iade', 'iade-sureci', 'index.html'), 'utf8');
		expect(article).toContain('data-bundle="/docs/pagefind/"');
		expect(article).toContain('<link rel="canonical" href="https://help.fixture.example/docs/tr/iade/iade-sureci/"');
		expect(await readFile(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://help.fixture.example/docs/tr/iade/iade-sureci/</loc>');
		expect(await readFile(join(dist, '_redirects'), 'utf8')).toMatch(/^\/docs\/ +\/docs\/en\/ +302 +Language=en$/m);
	});

	it('is where npm start serves the site and takes search events, not the config’s', async () => {
		expect(site.settings.base).toBe('/docs/');
		expect((await fetch(`${origin}/docs/tr/iade/iade-sureci/`)).status).toBe(200);
		expect((await fetch(`${origin}/docs/pagefind/pagefind.js`)).status).toBe(200);
		const event = { type: 'unanswered-search', query: 'fatura adresi', locale: 'tr', path: '/docs/tr/', resultCount: 0, ts: Date.now() };
		const posted = await fetch(`${origin}/docs/api/search-events`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ events: [event] }),
		});
		expect(posted.status).toBe(202);
		expect(await site.collector.store.read()).toHaveLength(1);
	});
});
