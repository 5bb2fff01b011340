import { spawnSync } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report-types.ts';
import type { createHelpCenterServer } from '../src/server/help-center-server.ts';
import { startHelpCenter } from './helpers/help-center.ts';
import { launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';

// Recording searches end to end: the `basic` fixture served the way `npm start` serves (site and
// collector on one port, a real SQLite file), Chromium typing like a customer.
const root = join(PROJECT_ROOT, 'tests', 'fixtures', 'basic');
const scratch = join(PROJECT_ROOT, 'tests', '.output', 'analytics-browser');
const db = join(scratch, 'analytics.sqlite');
let browser: Browser;
let site: Awaited<ReturnType<typeof createHelpCenterServer>>;
let origin: string;

beforeAll(async () => {
	const result = await buildSiteOnce(root); // only read: shared with the other browser tests of the fixture
	expect(result.code, result.output).toBe(0);
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	({ site, origin } = await startHelpCenter(root, db));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** A page that keeps every `destek:*` event it dispatches in `window.destekEvents`. */
async function open(path: string, init?: () => void): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	if (init) await context.addInitScript(init);
	await context.addInitScript(() => {
		const seen: unknown[] = ((window as unknown as { destekEvents: unknown[] }).destekEvents = []);
		for (const type of ['search', 'unanswered-search', 'partial-search', 'no-click-search', 'search-click', 'search-return', 'feedback']) {
			window.addEventListener(`destek:${type}`, (event) => seen.push((event as CustomEvent).detail));
		}
	});
	const page = await context.newPage();
	await page.goto(`${origin}/help/${path}`);
	return page;
}
const windowEvents = (page: Page) =>
	page.evaluate(() => (window as unknown as { destekEvents: Array<{ type: string; query?: string; resultCount?: number }> }).destekEvents);
const storedRows = () => site.collector.store.read();

async function typeQuery(page: Page, query: string) {
	const box = page.locator('input[type="search"]').first();
	await box.click();
	await box.pressSequentially(query, { delay: 60 });
	await expect.poll(() => page.locator('[data-search-results]').first().getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
}

describe('recording searches', () => {
	it('records a search that finds nothing once, scrubbed, on the page and in the database', async () => {
		const page = await open('tr/');
		await typeQuery(page, 'xqzv plomb 0532 123 45 67');
		await expect.poll(() => windowEvents(page), { timeout: 5000 }).toContainEqual(expect.objectContaining({ type: 'unanswered-search' }));
		await page.waitForTimeout(2000); // a later settle would record it again
		const events = await windowEvents(page);
		expect(events.filter((e) => e.type === 'unanswered-search')).toEqual([
			// The phone number never reaches the word list either.
			{
				type: 'unanswered-search',
				query: 'xqzv plomb [phone]',
				locale: 'tr',
				path: '/help/tr/',
				resultCount: 0,
				strength: 'none',
				unmatched: ['xqzv', 'plomb'],
				ts: expect.any(Number) as number,
			},
		]);
		await expect.poll(async () => (await storedRows()).length, { timeout: 5000 }).toBe(1);
		expect((await storedRows())[0]).toMatchObject({
			type: 'unanswered-search',
			query: 'xqzv plomb [phone]',
			locale: 'tr',
			path: '/help/tr/',
			resultCount: 0,
			strength: 'none',
			unmatched: ['xqzv', 'plomb'],
		});
		await page.context().close();
	});

	it('records a search with results as a search, never as unanswered, and the result opened', async () => {
		const before = (await storedRows()).length;
		const page = await open('tr/');
		await typeQuery(page, 'iade');
		await expect.poll(() => windowEvents(page), { timeout: 5000 }).toContainEqual(expect.objectContaining({ type: 'search', query: 'iade' }));
		const first = page.locator('[data-search-results] a').first();
		const target = new URL((await first.getAttribute('href'))!, origin);
		await first.click();
		await page.waitForURL(target.href);
		await expect.poll(async () => (await storedRows()).slice(before).map((r) => r.type), { timeout: 5000 }).toEqual(['search', 'search-click']);
		const [search, click] = (await storedRows()).slice(before);
		expect(search).toMatchObject({ query: 'iade', locale: 'tr', strength: 'full', firstResult: target.pathname });
		expect(search!.resultCount).toBeGreaterThan(0);
		expect(click).toMatchObject({ query: 'iade', position: 1, target: target.pathname + target.hash, strength: 'full' });
		await page.context().close();
	});

	it('records results left without a click as a no-click search when the page is left', async () => {
		const before = (await storedRows()).length;
		const page = await open('tr/');
		await typeQuery(page, 'kargo');
		await expect.poll(() => windowEvents(page), { timeout: 5000 }).toContainEqual(expect.objectContaining({ type: 'search', query: 'kargo' }));
		await page.goto(`${origin}/help/tr/iade/`);
		await expect.poll(async () => (await storedRows()).slice(before).map((r) => r.type), { timeout: 5000 }).toEqual(['search', 'no-click-search']);
		await page.context().close();
	});

	it('sends nothing under Global Privacy Control, while the page still gets its events', async () => {
		const before = (await storedRows()).length;
		const page = await open('tr/', () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
		const posts: string[] = [];
		page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
		await typeQuery(page, 'qqxz yok');
		await expect.poll(() => windowEvents(page), { timeout: 5000 }).toContainEqual(expect.objectContaining({ type: 'unanswered-search', query: 'qqxz yok' }));
		await page.close();
		await new Promise((done) => setTimeout(done, 500));
		expect(posts).toEqual([]);
		expect((await storedRows()).length).toBe(before);
	});

	it('records article feedback', async () => {
		const before = (await storedRows()).length;
		const page = await open('en/iade/iade-sureci/');
		await page.getByRole('button', { name: 'Yes' }).click();
		await expect
			.poll(async () => (await storedRows()).slice(before), { timeout: 5000 })
			.toEqual([expect.objectContaining({ type: 'feedback', article: 'iade/iade-sureci', helpful: true, locale: 'en' })]);
		await page.context().close();
	});

	it('lists keyboard mash as noise in the content-gap report, and answered searches nowhere', () => {
		const report = spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'scripts', 'report.mjs'), '--format', 'json', '--min-count', '1', '--root', root, '--db', db],
			{ encoding: 'utf8' },
		);
		expect(report.status, report.stderr).toBe(0);
		const { needs, noise } = JSON.parse(report.stdout) as Pick<Report, 'needs' | 'noise'>;
		// Keyboard mash with a phone number is noise, never a need to write for.
		expect(noise).toContainEqual(expect.objectContaining({ locale: 'tr', query: 'xqzv plomb [phone]', count: 1 }));
		expect(needs.map((need) => need.query)).not.toContain('xqzv plomb [phone]');
		// Searches that found their answer are not gaps.
		expect(needs.map((need) => need.query)).not.toContain('iade');
	});
});
