import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './build-site.ts';
import { serveDist } from './serve-dist.ts';

/**
 * Builds the `basic` fixture (tr default, en, ar; under /help/) once per test run, serves
 * it on 127.0.0.1 and opens Chromium; closes both afterwards.
 */
export function useFixtureInBrowser(viewport = { width: 390, height: 844 }) {
	const root = join(PROJECT_ROOT, 'tests', 'fixtures', 'basic');
	let browser: Browser;
	let site: Awaited<ReturnType<typeof serveDist>>;

	beforeAll(async () => {
		// Only read here: one build of the fixture serves every browser test file of the run.
		const result = await buildSiteOnce(root);
		expect(result.code, result.output).toBe(0);
		site = await serveDist(join(root, 'dist'), '/help/', ['tr', 'en', 'ar']);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	const url = (path: string) => `${site.origin}/help/${path}`;
	/** A page in a fresh browser context (its own storage, locale, color scheme…). */
	async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
		const context = await browser.newContext({ viewport, ...options });
		return context.newPage();
	}
	return { url, newPage };
}
