// The search figures of the search issue, in headless Chromium on a phone-sized viewport: what the
// first query downloads and how long it takes from the first keystroke, then later queries.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticHandler } from '../../src/server/static-site.ts';

const DEBOUNCE_MS = 60; // keep in step with src/client/search/destek-search.ts

export async function probeSearch({ dist, locales, manifest }) {
	const server = createServer(createStaticHandler({ dir: dist, base: '/', locales }));
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const result = {};
		for (const locale of locales) result[locale] = await measure(browser, origin, manifest, locale);
		return result;
	} finally {
		await browser.close();
		server.close();
	}
}

async function measure(browser, origin, manifest, locale) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const responses = [];
	page.on('response', (response) => responses.push(response));
	await page.goto(`${origin}/${locale}/`, { waitUntil: 'networkidle' });
	const beforeSearch = responses.length;
	const loadedSearchFiles = responses.filter((r) => r.url().includes('/pagefind/')).length;
	await page.evaluate(() => {
		const status = document.querySelector('[data-search-status]');
		window.__bench = { rendered: [] };
		new MutationObserver(() => window.__bench.rendered.push(performance.now())).observe(status, { childList: true, characterData: true, subtree: true });
		document.addEventListener('keydown', () => (window.__bench.lastKey = performance.now()), true);
	});
	const needles = manifest.needles.filter((n) => n.locale === locale);
	const queries = [...new Set([...needles.flatMap((n) => n.variants.map((v) => v.q)), ...manifest.articles.filter((a) => a.locale === locale).slice(0, 40).map((a) => a.title.split(':')[0])])];
	const input = page.locator('input[type="search"]').first();

	// First query: focus and type as a person would; loading the search code is part of the wait.
	const first = queries[0];
	await input.click();
	const firstKey = await page.evaluate(() => performance.now());
	await input.pressSequentially(first, { delay: 40 });
	await page.waitForFunction(() => window.__bench.rendered.length > 0, null, { timeout: 30_000 });
	const firstTimes = await page.evaluate(() => ({ rendered: window.__bench.rendered[0], lastKey: window.__bench.lastKey }));
	await page.waitForTimeout(300);
	const searchResponses = responses.slice(beforeSearch);
	const bodies = await Promise.all(searchResponses.map(async (r) => ({ url: r.url(), body: await r.body().catch(() => Buffer.alloc(0)) })));
	const firstQuery = {
		query: first,
		requests: bodies.length,
		bytes: sum(bodies.map((b) => b.body.length)),
		gzipBytes: sum(bodies.map((b) => gzipSync(b.body, { level: 6 }).length)),
		msFromFirstKeystroke: round(firstTimes.rendered - firstKey),
		msFromLastKeystroke: round(firstTimes.rendered - firstTimes.lastKey),
		files: bodies.map((b) => `${new URL(b.url).pathname.replace(/^.*\//, '')} ${b.body.length}/${gzipSync(b.body, { level: 6 }).length}`),
	};

	// Later queries: time from the last keystroke to rendered results, debounce removed.
	const later = [];
	for (const query of queries.slice(1, 41)) {
		await input.fill('');
		await page.evaluate(() => (window.__bench.rendered = []));
		await input.pressSequentially(query, { delay: 5 });
		await page.waitForFunction(() => window.__bench.rendered.length > 0, null, { timeout: 30_000 });
		await page.waitForTimeout(DEBOUNCE_MS + 150);
		const { rendered, lastKey } = await page.evaluate(() => ({ rendered: window.__bench.rendered.at(-1), lastKey: window.__bench.lastKey }));
		later.push(rendered - lastKey - DEBOUNCE_MS);
	}
	await context.close();
	return {
		searchFilesBeforeFocus: loadedSearchFiles,
		firstQuery,
		laterQueries: { count: later.length, medianMs: round(percentile(later, 0.5)), p95Ms: round(percentile(later, 0.95)) },
	};
}

function sum(values) {
	return values.reduce((a, b) => a + b, 0);
}
function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
function round(value) {
	return Math.round(value * 10) / 10;
}
