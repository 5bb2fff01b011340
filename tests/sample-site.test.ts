import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { fileForUrlPath, listHtmlFiles, readPage } from './helpers/dist-pages.ts';
import { serveDist } from './helpers/serve-dist.ts';

// The sample help center that `npm start` serves: Çınar Market, a fictional store.
const dist = join(PROJECT_ROOT, 'dist');
const content = join(PROJECT_ROOT, 'content');
const articlesIn = async (locale: string) =>
	(await readdir(join(content, locale), { recursive: true })).filter((f) => f.endsWith('.md') && !f.split('/').pop()!.startsWith('_'));

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
});

describe('the sample help center', () => {
	it('has a complete Turkish default, a full English translation, half in German and a few in Arabic', async () => {
		const tr = await articlesIn('tr');
		const categories = (await readdir(join(content, 'tr'))).filter((name) => existsSync(join(content, 'tr', name, '_category.yml')));
		expect(tr.length).toBeGreaterThanOrEqual(24);
		expect(categories.length).toBeGreaterThanOrEqual(6);
		expect((await articlesIn('en')).sort()).toEqual(tr.sort());
		const de = (await articlesIn('de')).length;
		expect(de).toBeGreaterThanOrEqual(tr.length * 0.4);
		expect(de).toBeLessThanOrEqual(tr.length * 0.6);
		expect((await articlesIn('ar')).length).toBeGreaterThanOrEqual(3);
	});

	it('publishes every Turkish article in every language, translated or with the fallback notice', async () => {
		for (const id of await articlesIn('tr')) {
			const slug = id.replace(/\.md$/, '');
			const german = await readPage(dist, `de/${slug}/index.html`);
			const translated = existsSync(join(content, 'de', id));
			expect(Boolean(select('.fallback-notice', german)), `de/${slug}`).toBe(!translated);
		}
	});

	it('uses FAQ accordions and tables in its articles', async () => {
		let faqs = 0;
		let tables = 0;
		for (const file of (await listHtmlFiles(dist)).filter((f) => f.startsWith('tr/') && f.split('/').length === 4)) {
			const tree = await readPage(dist, file);
			faqs += selectAll('.faq details', tree).length;
			tables += selectAll('.prose table', tree).length;
		}
		expect(faqs).toBeGreaterThanOrEqual(24);
		expect(tables).toBeGreaterThanOrEqual(3);
	});

	it('has no link to a page or file that does not exist', async () => {
		const broken: string[] = [];
		for (const file of await listHtmlFiles(dist)) {
			const tree = await readPage(dist, file);
			// Fallback pages show the default locale's text, whose anchors name that language's
			// headings; a link into a real translation then lands at its top, which is acceptable.
			const isFallback = Boolean(select('.fallback-notice', tree));
			const pageUrl = new URL(`https://yardim.cinarmarket.example/${file.replace(/index\.html$/, '')}`);
			for (const element of selectAll('a[href], link[href], script[src], img[src]', tree)) {
				if (String(element.properties.rel ?? '') === 'alternate') continue;
				const url = new URL(String(element.properties.href ?? element.properties.src), pageUrl);
				if (url.origin !== pageUrl.origin) continue;
				const target = fileForUrlPath(url.pathname, '/');
				if (!target || !existsSync(join(dist, target))) broken.push(`${file}: ${url.pathname}`);
				else if (url.hash && target.endsWith('.html') && !isFallback) {
					const id = decodeURIComponent(url.hash.slice(1));
					if (!select(`[id="${id}"]`, await readPage(dist, target))) broken.push(`${file}: ${url.pathname}${url.hash} (no such anchor)`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('shows contact channels with working hours on the home page', async () => {
		const home = await readPage(dist, 'tr/index.html');
		const channels = selectAll('.sections > .contact .channel', home).map((li) => li.properties.dataChannel);
		expect(channels).toEqual(['phone', 'whatsapp', 'email', 'liveChat']);
		expect(toString(select('.sections > .contact .general-hours', home)!)).toContain('Pzt – Cum');
	});

	describe('in a browser', () => {
		let browser: Browser;
		let site: Awaited<ReturnType<typeof serveDist>>;
		beforeAll(async () => {
			site = await serveDist(dist, '/', ['tr', 'en', 'de', 'ar']);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await site?.close();
		});

		it('has no WCAG 2.2 AA violations on its main pages, light and dark, phone and desktop', async () => {
			// One page per template and direction (the English home is the Turkish one's template and colors).
			const pages = ['tr/', 'tr/odeme/', 'tr/odeme/taksit-secenekleri/', 'de/odeme/kapida-odeme/', 'ar/', 'ar/iletisim/bize-ulasin/'];
			const found: Record<string, string[]> = {};
			for (const colorScheme of ['light', 'dark'] as const) {
				for (const width of [390, 1280]) {
					const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
					for (const path of pages) {
						const page = await context.newPage();
						await page.goto(`${site.origin}/${path}`);
						await page.locator('.faq-item').evaluateAll((items) => items.forEach((item) => item.setAttribute('open', '')));
						const violations = await axeViolations(page);
						if (violations.length) found[`${colorScheme} ${width}px /${path}`] = violations;
						await page.close();
					}
					await context.close();
				}
			}
			expect(found).toEqual({});
		});

		it('stops sending searches for the visit when the host has no collector, and says once which setting to change', async () => {
			// serve-dist is a static host: POST /api/search-events gets 405, as on Netlify or S3.
			const posts: string[] = [];
			const countPost = (request: IncomingMessage) => void (request.method === 'POST' && posts.push(request.url ?? ''));
			site.server.on('request', countPost);
			const context = await browser.newContext();
			await context.addInitScript(() => {
				const settled: string[] = ((window as unknown as { settled: string[] }).settled = []);
				for (const type of ['search', 'unanswered-search'])
					addEventListener(`destek:${type}`, (event) => settled.push((event as CustomEvent<{ query: string }>).detail.query));
			});
			const page = await context.newPage();
			const warnings: string[] = [];
			page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
			/** Types a query, waits for its results and leaves the box, which counts the search at once. */
			const search = async (query: string) => {
				const box = page.locator('input[type="search"]').first();
				await box.fill(query);
				await expect.poll(() => page.locator('[data-search-results]').first().getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
				await box.blur();
				await expect.poll(() => page.evaluate(() => (window as unknown as { settled: string[] }).settled)).toContain(query);
			};
			try {
				await page.goto(`${site.origin}/tr/`);
				await search('kargo');
				await expect.poll(() => warnings.length).toBe(1);
				await search('iade');
				await page.goto(`${site.origin}/tr/iade/`); // leaving sends the no-click search by beacon, if anything
				await search('fatura');
				await page.waitForTimeout(300); // time for a late beacon to arrive
				expect(posts).toEqual(['/api/search-events']);
				expect(warnings).toEqual([expect.stringContaining('Point analytics.endpoint in astro.config.mjs at a collector')]);
			} finally {
				site.server.off('request', countPost);
				await context.close();
			}
		});

		it('never scrolls sideways on a phone', async () => {
			const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
			const overflowing: string[] = [];
			for (const path of ['tr/', 'tr/kargo/kargo-ucretleri-ve-sureleri/', 'ar/kargo/kargo-ucretleri-ve-sureleri/', 'de/iade/para-iadesi-ne-zaman/']) {
				const page = await context.newPage();
				await page.goto(`${site.origin}/${path}`);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 360) overflowing.push(`${path}: ${width}px`);
				await page.close();
			}
			await context.close();
			expect(overflowing).toEqual([]);
		});
	});
});
