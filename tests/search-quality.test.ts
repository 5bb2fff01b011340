import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { serveDist } from './helpers/serve-dist.ts';

/**
 * The search-quality suite: queries written the way customers type them
 * (tests/search-quality/<locale>.json), each with the article it must return in the top 3, run
 * through the real search page of the sample help center. Prints recall@1 and recall@3 per locale.
 * Writers add cases when they add articles.
 */
interface QualityCase {
	query: string;
	expect: string;
	kind: string;
}

const SUITE = join(PROJECT_ROOT, 'tests', 'search-quality');
const LOCALES = readdirSync(SUITE)
	.filter((name) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.json$/.test(name))
	.map((name) => name.replace(/\.json$/, ''));
const dist = join(PROJECT_ROOT, 'dist');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	site = await serveDist(dist, '/', ['tr', 'en', 'de', 'ar']);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** Types each query into one search page, as a customer trying one query after another would. */
async function topResults(page: Page, locale: string, query: string, expect: ExpectStatic): Promise<string[]> {
	const searchPage = `${site.origin}/${locale}/search/`;
	if (!page.url().startsWith(searchPage)) await page.goto(searchPage);
	const list = page.locator('[data-search-results]').first();
	await list.evaluate((element) => element.removeAttribute('data-query')); // never read the previous query's results
	await page.locator('input[type="search"]').first().fill(query);
	await expect.poll(() => list.getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
	const links = await list.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return links.slice(0, 3).map((path) => path.replace(new RegExp(`^/${locale}/`), '').replace(/\/$/, ''));
}

describe('search quality on the sample help center', () => {
	it('has a suite for every complete locale', () => {
		expect(LOCALES).toEqual(expect.arrayContaining(['tr', 'en']));
	});

	// The locales run side by side, each in its own page: the search waits for a pause in typing
	// (search-element.ts), which is most of the time a query takes here.
	for (const locale of LOCALES) {
		it.concurrent(`finds the expected article in the top 3 for every ${locale} query`, async ({ expect }) => {
			const cases = JSON.parse(readFileSync(join(SUITE, `${locale}.json`), 'utf8')) as QualityCase[];
			const page = await (await browser.newContext()).newPage();
			let first = 0;
			let top3 = 0;
			const misses: string[] = [];
			for (const { query, expect: expected, kind } of cases) {
				const found = await topResults(page, locale, query, expect);
				if (found[0] === expected) first++;
				if (found.includes(expected)) top3++;
				else misses.push(`${kind}: "${query}" → expected ${expected}, got ${found.join(', ') || 'nothing'}`);
			}
			await page.context().close();
			const percent = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
			console.log(`search quality ${locale}: ${cases.length} queries, recall@1 ${percent(first)}, recall@3 ${percent(top3)}`);
			expect(misses).toEqual([]);
		});
	}
});
