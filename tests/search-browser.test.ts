import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/browser.ts';
import { useFixtureInBrowser } from './helpers/fixture-in-browser.ts';

// Search on the `basic` fixture (tr default, en, ar; under /help/), in Chromium.
const { url, newPage } = useFixtureInBrowser({ width: 360, height: 780 });

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await newPage(options);
	await page.goto(url(path));
	return page;
}

/** Types like a person into the page's first search box and returns the results shown for it. */
async function search(page: Page, query: string): Promise<string[]> {
	const box = page.locator('input[type="search"]').first();
	// On phones the header's box opens from its search button.
	if (!(await box.isVisible())) await page.locator('[data-search-toggle]').click();
	await box.fill('');
	await box.pressSequentially(query, { delay: 15 });
	return resultLinks(page, query);
}

/** The result paths once the list shows `query` (never the list of an earlier query). */
async function resultLinks(page: Page, query: string): Promise<string[]> {
	const list = page.locator('[data-search-results]').first();
	await expect.poll(() => list.getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
	return list.locator('a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search in the browser', () => {
	it('runs under the Content-Security-Policy of dist/_headers without a single violation', async () => {
		const page = await newPage();
		await page.addInitScript(() => {
			const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
			document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
		});
		const response = await page.goto(url('tr/'));
		expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(response!.headers()['content-encoding'], 'text is gzipped, as a CDN would').toBe('gzip');
		expect(await search(page, 'iade')).toContain('/help/tr/iade/iade-sureci/');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		await page.context().close();
	});

	it('downloads no search code and nothing of the index until the visitor goes to the search box', async () => {
		const page = await open('tr/iade/');
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.reload();
		await page.waitForLoadState('networkidle');
		// Neither Pagefind nor Destek's own search code (the element, ranking, rendering, analytics).
		expect(requested.filter((u) => u.includes('/pagefind/') || /search-element|recorder/.test(u))).toEqual([]);
		await page.locator('[data-search-toggle]').click();
		// On reaching for the box: the element, Pagefind's worker and its entry file, at once.
		await expect.poll(() => requested.filter((u) => u.includes('/pagefind/pagefind-worker.js')).length).toBeGreaterThan(0);
		expect(requested.some((u) => u.includes('/_astro/search-element.'))).toBe(true);
		expect(requested.some((u) => /\/pagefind\/pagefind-entry\.json\?ts=\w+$/.test(u))).toBe(true);
		// Pagefind searches in its worker: pagefind.js, which would only relay messages, is never loaded.
		expect(await search(page, 'iade')).toContain('/help/tr/iade/iade-sureci/');
		expect(requested.filter((u) => u.includes('/pagefind/pagefind.js'))).toEqual([]);
		await page.context().close();
	});

	it('searches on the page itself, with pagefind.js, where the Pagefind worker cannot start', async () => {
		const page = await newPage();
		await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
		const runtime: string[] = [];
		page.on('request', (request) => new URL(request.url()).pathname.endsWith('/pagefind/pagefind.js') && runtime.push(request.url()));
		await page.goto(url('tr/'));
		expect(await search(page, 'iade')).toContain('/help/tr/iade/iade-sureci/');
		expect(runtime).toHaveLength(1);
		await page.context().close();
	});

	it('searches nothing for the letters typed while the index was still loading', async () => {
		const page = await newPage();
		// What the page asks Pagefind's worker to search.
		await page.addInitScript(() => {
			const searched: unknown[] = [];
			Object.assign(window, { searched });
			// eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to be called with each worker as `this` (post.apply below)
			const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
			Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
				const message = args[0] as { method?: string; args?: unknown[] } | undefined;
				if (message?.method === 'search') searched.push(message.args?.[0]);
				post.apply(this, args);
			};
		});
		// The WebAssembly arrives late, as on a slow phone, while the customer types at a human pace.
		await page.route('**/pagefind/wasm.*.pagefind', async (route) => {
			await new Promise((done) => setTimeout(done, 1500));
			await route.continue();
		});
		await page.goto(url('tr/'));
		const box = page.locator('input[type="search"]').first();
		await box.click();
		await box.pressSequentially('iade', { delay: 150 });
		expect(await resultLinks(page, 'iade')).toContain('/help/tr/iade/iade-sureci/');
		const searched = await page.evaluate(() => (window as unknown as { searched: unknown[] }).searched);
		// `''` waits for the index; `ia` and `iad` were stale by then and are never searched.
		expect(searched.filter((term) => term !== '')).toEqual(['iade']);
		await page.context().close();
	});

	it('searches from the second character, and only for the query the box holds', async () => {
		const page = await open('tr/');
		const box = page.locator('input[type="search"]').first();
		await box.pressSequentially('i');
		await page.waitForTimeout(400);
		expect(await page.locator('[data-search-panel]').first().isHidden(), 'one letter is no search').toBe(true);
		// Typed at once: the results are for the whole query, never for a prefix shown after it.
		await box.pressSequentially('ade', { delay: 5 });
		expect(await resultLinks(page, 'iade')).toContain('/help/tr/iade/iade-sureci/');
		await box.press('Backspace');
		await box.press('Backspace');
		await box.press('Backspace');
		await page.waitForTimeout(400);
		expect(await page.locator('[data-search-panel]').first().isHidden(), 'back to one letter closes the results').toBe(true);
		await page.context().close();
	});

	it('finds what customers type: any case of İ/ı, missing letters, suffixes, sentences, typos, keywords', async () => {
		const page = await open('tr/');
		const cases: Array<[string, string]> = [
			['IADE', '/help/tr/iade/iade-sureci/'],
			['İade', '/help/tr/iade/iade-sureci/'],
			['ıade', '/help/tr/iade/iade-sureci/'],
			['adimlari', '/help/tr/iade/iade-sureci/'],
			['KARGOM NEREDE', '/help/tr/kargo/kargo-takibi/'],
			['kargom nerede acaba', '/help/tr/kargo/kargo-takibi/'],
			['kragom', '/help/tr/kargo/kargo-takibi/'],
			['geri gönderme', '/help/tr/iade/iade-sureci/'],
			['iade onaylaninca ne olur', '/help/tr/iade/para-iadesi/'],
		];
		const found: Record<string, string | undefined> = {};
		for (const [query] of cases) found[query] = (await search(page, query))[0]?.replace(/#.*$/, '');
		expect(found).toEqual(Object.fromEntries(cases));
		await page.context().close();
	});

	it('links a result to the section that matched and marks the words', async () => {
		const page = await open('tr/');
		const links = await search(page, 'sube bulma');
		expect(decodeURIComponent(links[0]!)).toBe('/help/tr/kargo/kargo-takibi/');
		const href = await page.locator('[data-search-results] a').first().getAttribute('href');
		expect(decodeURIComponent(href!)).toBe('/help/tr/kargo/kargo-takibi/#şube-bulma');
		expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(/şube/i);
		expect(await page.locator('[data-search-status]').first().textContent()).toBe(`${links.length} sonuç`);
		await page.context().close();
	});

	it('moves through results with the arrow keys, opens one with Enter and clears with Escape', async () => {
		const page = await open('tr/iade/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		const links = await search(page, 'iade');
		expect(links.length).toBeGreaterThan(1);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
		expect(focused).toBe(links[0]);
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		expect(await page.locator('[data-search-panel]').first().isHidden()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.locator('input[type="search"]').first().inputValue()).toBe('');
		// On a phone a third Escape folds the header's box away and gives focus back to its button.
		await page.keyboard.press('Escape');
		expect(await page.locator('input[type="search"]').first().isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
		// Its button opens it again with Space, as a button does.
		await page.keyboard.press(' ');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		await search(page, 'kargom');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/kargo-takibi/);
		await page.context().close();
	});

	it('opens the search page from the phone header’s search button without JavaScript', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(url('tr/iade/'));
		await page.locator('[data-search-toggle]').click();
		await page.waitForURL(url('tr/search/'));
		await page.context().close();
	});

	it('works by touch on a 360 px phone', async () => {
		const page = await open('tr/iade/', { hasTouch: true, isMobile: true });
		await page.locator('[data-search-toggle]').tap();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		const links = await search(page, 'kargom');
		expect(links[0]).toBe('/help/tr/kargo/kargo-takibi/');
		const panel = await page.locator('[data-search-panel]').first().boundingBox();
		expect(panel!.x).toBeGreaterThanOrEqual(0);
		expect(panel!.x + panel!.width).toBeLessThanOrEqual(360);
		await page.locator('[data-search-results] a').first().tap();
		await page.waitForURL(/kargo-takibi/);
		await page.context().close();
	});

	it('keeps the query in the URL of the search page, filters by category and goes Back', async () => {
		const page = await open('tr/search/?q=iade');
		expect(await page.locator('input[type="search"]').first().inputValue()).toBe('iade');
		const all = await resultLinks(page, 'iade');
		expect(all).toEqual(expect.arrayContaining(['/help/tr/iade/iade-sureci/']));
		// Switching language keeps the search.
		expect(await page.locator('.language-list a[hreflang=en]').getAttribute('href')).toBe('/help/en/search/?q=iade');
		// Results take the place of the list of every article, which comes back when the box is emptied.
		const browse = page.locator('[data-search-browse]');
		expect(await browse.isVisible()).toBe(false);
		await page.locator('input[type="search"]').first().fill('');
		await expect.poll(() => browse.isVisible()).toBe(true);
		await page.locator('input[type="search"]').first().fill('iade');
		await expect.poll(() => browse.isVisible()).toBe(false);
		await page.selectOption('select[data-search-filter]', 'Kargo');
		await expect.poll(async () => (await resultLinks(page, 'iade')).every((link) => link.includes('/kargo/'))).toBe(true);
		await page.selectOption('select[data-search-filter]', '');
		await page.locator('input[type="search"]').first().fill('kargom');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('kargom');
		await page.goBack();
		await expect.poll(() => page.locator('input[type="search"]').first().inputValue()).toBe('iade');
		await page.context().close();
	});

	it('without JavaScript the search form still leads to the list of all articles', async () => {
		const page = await open('tr/', { javaScriptEnabled: false });
		await page.locator('input[type="search"]').first().fill('iade');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/help\/tr\/search\/\?q=iade/);
		expect(await page.locator('main a[href="/help/tr/iade/iade-sureci/"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('shows the query back safely, popular articles and contact channels when nothing is found', async () => {
		const page = await open('tr/');
		const attack = '<img src=x onerror="window.pwned=true">';
		expect(await search(page, attack)).toEqual([]);
		const empty = page.locator('[data-search-empty]').first();
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.locator('[data-search-query]').textContent()).toBe(attack);
		expect(await empty.locator('img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.locator('[data-search-contact] a[href^="tel:"]').first().isVisible()).toBe(true);
		expect(await empty.locator('a[href="/help/tr/iade/iade-sureci/"]').count()).toBe(1);
		expect(await page.locator('[data-search-status]').first().textContent()).toBe('Sonuç bulunamadı');
		await page.context().close();
	});

	it('says when search cannot load, and still shows how to reach the store', async () => {
		const page = await newPage();
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(url('tr/'));
		await page.locator('input[type="search"]').first().fill('iade');
		await expect.poll(() => page.locator('[data-search-status]').first().textContent()).toContain('Arama şu anda çalışmıyor');
		expect(await page.locator('[data-search-error]').first().isVisible()).toBe(true);
		expect(await page.locator('[data-search-contact] a[href^="tel:"]').first().isVisible()).toBe(true);
		await page.context().close();
	});

	it('labels results that answer only part of the query, with the way to the store beside them', async () => {
		const page = await open('tr/');
		// "kripto" is in no article: the iade articles answer only part of the question.
		expect((await search(page, 'iade kripto')).length).toBeGreaterThan(0);
		const list = page.locator('[data-search-results]').first();
		expect(await list.getAttribute('data-strength')).toBe('partial');
		const notice = page.locator('[data-search-partial]').first();
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.locator('em').textContent()).toBe('iade kripto');
		expect(await page.locator('[data-search-status]').first().textContent()).toContain('iade kripto');
		expect(await page.locator('[data-search-contact] a[href^="tel:"]').first().isVisible()).toBe(true);
		// A query the results answer shows neither.
		await search(page, 'iade');
		expect(await list.getAttribute('data-strength')).toBe('full');
		expect(await notice.isVisible()).toBe(false);
		expect(await page.locator('[data-search-contact]').first().isVisible()).toBe(false);
		await page.context().close();
	});

	it('offers the default language’s articles, labelled, when the page’s language has none', async () => {
		const page = await open('en/');
		const links = await search(page, 'kargom');
		expect(links[0]).toBe('/help/tr/kargo/kargo-takibi/');
		expect(await page.locator('[data-search-results] a').first().getAttribute('hreflang')).toBe('tr');
		expect(await page.locator('[data-search-results] a').first().getAttribute('dir')).toBe('ltr');
		expect(await page.locator('[data-search-other-language]').first().isVisible()).toBe(true);
		await page.context().close();
	});

	it('searches the default language’s index with that language’s word rules, in the worker and on the page', async () => {
		// `hesabıma` ("to my account") meets the return article's "Hesabım" through Turkish stemming
		// only: with the English page's stemmer (one worker, or one pagefind.js, for both) nothing was found.
		for (const workerStarts of [true, false]) {
			const page = await newPage();
			if (!workerStarts) await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
			await page.goto(url('en/'));
			expect(await search(page, 'hesabıma')).toContain('/help/tr/iade/iade-sureci/');
			await page.context().close();
		}
	});

	it('has no WCAG 2.2 AA violations with results and in the empty state, light and dark', async () => {
		const found: Record<string, string[]> = {};
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await open('tr/', { colorScheme });
			await search(page, 'iade');
			const withResults = await axeViolations(page);
			if (withResults.length) found[`${colorScheme} results`] = withResults;
			await search(page, 'qqqqzzzz');
			const empty = await axeViolations(page);
			if (empty.length) found[`${colorScheme} empty`] = empty;
			await page.context().close();
		}
		expect(found).toEqual({});
	});
});
