import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHelpCenterServer } from '../server/help-center-server.ts';
import { resolveBase } from './base-path.ts';
import { writeBuildInfo } from './build-info.ts';
import { loadSiteSettings } from './site-settings.ts';

describe('resolveBase', () => {
	it('takes the built base first, then a non-root Astro base, then the option, then the root', () => {
		expect(resolveBase({ built: '/built/', astroBase: '/docs/', optionBase: '/help/' })).toBe('/built/');
		expect(resolveBase({ astroBase: '/docs', optionBase: '/help/' })).toBe('/docs/');
		expect(resolveBase({ astroBase: '/', optionBase: '/help/' })).toBe('/help/');
		expect(resolveBase({ astroBase: '/' })).toBe('/');
		expect(resolveBase({})).toBe('/');
	});
});

// A project whose astro.config.mjs says `base: '/docs/'` to Astro and `base: '/help/'` to Destek.
let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'destek-base-'));
	const integration = fileURLToPath(new URL('../integration/index.ts', import.meta.url));
	await writeFile(
		join(root, 'astro.config.mjs'),
		`import destek from ${JSON.stringify(integration)};
export default { base: '/docs/', integrations: [destek({ title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } }, base: '/help/' })] };
`,
	);
	await mkdir(join(root, 'content', 'en', 'start'), { recursive: true });
	await writeFile(join(root, 'content', 'en', 'start', '_category.yml'), 'title: Start\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The base the integration gives Astro for the build, with Astro's base at `astroBase`. */
async function baseTheBuildUses(astroBase: string): Promise<string | undefined> {
	const { default: astroConfig } = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as { default: { integrations: AstroIntegration[] } };
	let base: string | undefined;
	const noop = () => undefined;
	const logger = { info: noop, warn: noop, error: noop, debug: noop, fork: () => logger };
	const setup = astroConfig.integrations[0]!.hooks['astro:config:setup']!;
	await setup({
		config: { root: pathToFileURL(`${root}/`), base: astroBase, outDir: pathToFileURL(join(root, 'dist/')) },
		command: 'dev',
		updateConfig: (update: { base?: string }) => void (base = update.base ?? base),
		injectRoute: noop,
		addMiddleware: noop,
		addWatchFile: noop,
		logger,
	} as never);
	return base;
}

async function baseTheServerUses(): Promise<string> {
	const site = await createHelpCenterServer({ root, env: { DESTEK_DB: join(root, 'analytics.sqlite') } });
	await site.close();
	return site.settings.base;
}

describe('when Astro’s base and Destek’s option disagree', () => {
	it('the build, npm start and the command-line tools all use Astro’s', async () => {
		const built = await baseTheBuildUses('/docs/');
		expect(built).toBe('/docs/');
		expect((await loadSiteSettings(root)).base).toBe(built);
		expect(await baseTheServerUses()).toBe(built);
	});

	it('and after `astro build --base /other/`, all of them use the base the build wrote', async () => {
		// What the integration writes when the build is done, from Astro's resolved config.
		writeBuildInfo(root, { base: '/other/', dist: join(root, 'dist') });
		expect((await loadSiteSettings(root)).base).toBe('/other/');
		expect(await baseTheServerUses()).toBe('/other/');
		// Another output folder was not built with it.
		expect((await loadSiteSettings(root, join(root, 'elsewhere'))).base).toBe('/docs/');
	});
});
