import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { installLayoutProbes, probe } from './helpers/layout-probes.ts';
import { resultsFor, searchBox, searchFor } from './helpers/search-box.ts';
import { serveDist } from './helpers/serve-dist.ts';

// The sample help center's main kinds of page, left to right and right to left, from a small phone
// to a desktop (issue 15). Every page is measured once; each test then reads its own findings, so
// one failure lists every offender with its page, width and numbers.
const WIDTHS = [320, 390, 768, 1366];
const LANGUAGES = [
	{ locale: 'tr', dir: 'ltr', query: 'iade' },
	{ locale: 'ar', dir: 'rtl', query: 'إرجاع' },
] as const;
// Translated in both, with a table of contents, numbered steps and an FAQ.
const article = (locale: string) => `${locale}/iade/iade-sureci/`;
const searchPage = (locale: string, query: string) => `${locale}/search/?q=${encodeURIComponent(query)}`;
/**
 * `searchPanel`: the search panel is opened there too. Once per kind of search box (the home page's,
 * the header's, the search page's) is enough: the category page has the article's, the 404 the home page's.
 */
const PAGES = [
	{ path: (locale: string) => `${locale}/`, searchPanel: true },
	{ path: (locale: string) => `${locale}/iade/`, searchPanel: false },
	{ path: article, searchPanel: true },
	{ path: searchPage, searchPanel: true },
	{ path: (locale: string) => `${locale}/bu-sayfa-yok/`, searchPanel: false },
];
/** Matches nothing: the search panel shows its no-results help (popular articles, contact). */
const NO_MATCH = 'zqxjv';
/** The no-results panel (popular articles, contact cards) is measured where it is tightest. */
const NARROWEST = 320;
/** The budget for the header on a 390 px phone, logo row, languages and search together. */
const PHONE_HEADER_MAX = 120;
/** Pages measured side by side: on two cores, two lanes keep the browser busy while Node waits. */
const LANES = 2;
const LANGUAGE_LINKS = 'details.language-switcher .language-list a[hreflang]';

type Check = 'viewport' | 'sideways' | 'contacts' | 'header' | 'marks';
const findings: Record<Check, string[]> = { viewport: [], sideways: [], contacts: [], header: [], marks: [] };
const tally = { pages: 0, menus: 0, panels: 0, arrows: 0, separators: 0 };

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
/** One per width and direction, kept for the tests that need a page of their own. */
const contexts = new Map<string, BrowserContext>();

async function open(page: Page, path: string): Promise<void> {
	const url = new URL(path, `${site.origin}/`);
	const response = await page.goto(url.href);
	if (!response) throw new Error(`no response for /${path}`);
	// The search page shows the results for ?q= in place of its list of every article: measure that.
	const query = url.searchParams.get('q');
	if (query) await resultsFor(page.locator('destek-search').first(), query);
	// Line breaks depend on the self-hosted fonts: measure once they are in.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function sideways(page: Page, label: string): Promise<void> {
	const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
	if (scroll > width) findings.sideways.push(`${label}: scrollWidth ${scroll} > ${width}`);
}

async function measure(page: Page, label: string, width: number, query: string | null): Promise<void> {
	await sideways(page, label);
	if (width === 390) {
		const height = await page.evaluate(() => document.querySelector('header.site-header')?.getBoundingClientRect().height ?? Number.NaN);
		if (!(height <= PHONE_HEADER_MAX))
			findings.header.push(`${label}: header.site-header is ${Math.round(height * 10) / 10} px tall (at most ${PHONE_HEADER_MAX})`);
	}
	findings.contacts.push(...(await probe(page, 'brokenContacts')).map((line) => `${label}: ${line}`));
	findings.marks.push(...(await probe(page, 'loneMarks')).map((line) => `${label}: ${line}`));

	// Every disclosure in the header, opened as a visitor would: by its summary when it shows.
	const menus = page.locator('header.site-header details');
	for (let i = 0; i < (await menus.count()); i++) {
		const menu = menus.nth(i);
		const summary = menu.locator(':scope > summary');
		if (await summary.isVisible()) await summary.click();
		else await menu.evaluate((details) => ((details as HTMLDetailsElement).open = true));
		tally.menus++;
		const where = `${label} (header menu)`;
		findings.viewport.push(...(await probe(page, 'outsideViewport', menu)).map((line) => `${where}: ${line}`));
		await sideways(page, where);
		await menu.evaluate((details) => ((details as HTMLDetailsElement).open = false));
	}

	// The panel under the search box: results, then, on the narrowest phone, the help shown when
	// nothing matches (its lists and contact cards are the page's own, measured already at wider widths).
	const searches = query === null ? [] : ([[query, 'search results'], ...(width === NARROWEST ? [[NO_MATCH, 'no-results panel']] : [])] as const);
	for (const [q, what] of searches) {
		const where = `${label} (${what})`;
		const box = await searchBox(page);
		if (!box) {
			findings.viewport.push(`${where}: no search box shows, even after pressing /`);
			continue;
		}
		const panel = await searchFor(box, q);
		tally.panels++;
		findings.viewport.push(...(await probe(page, 'outsideViewport', panel)).map((line) => `${where}: ${line}`));
		await sideways(page, where);
		if (q === NO_MATCH) {
			findings.contacts.push(...(await probe(page, 'brokenContacts', panel)).map((line) => `${where}: ${line}`));
			findings.marks.push(...(await probe(page, 'loneMarks', panel)).map((line) => `${where}: ${line}`));
		}
	}
	const seen = await probe(page, 'marksSeen');
	tally.arrows += seen.arrows;
	tally.separators += seen.separators;
	tally.pages++;
}

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	site = await serveDist(join(PROJECT_ROOT, 'dist'), '/', ['tr', 'en', 'de', 'ar']);
	browser = await launchBrowser();
	const runs = LANGUAGES.flatMap((language) => WIDTHS.map((width) => ({ ...language, width })));
	const lane = async () => {
		for (let run = runs.shift(); run; run = runs.shift()) {
			const { locale, dir, query, width } = run;
			const context = await browser.newContext({ viewport: { width, height: width < 768 ? 844 : 900 } });
			await context.addInitScript(installLayoutProbes);
			contexts.set(`${dir} ${width}`, context);
			const page = await context.newPage();
			for (const { path: pathOf, searchPanel } of PAGES) {
				const path = pathOf(locale, query);
				await open(page, path);
				await measure(page, `${dir} ${width}px /${decodeURI(path)}`, width, searchPanel ? query : null);
			}
			await page.close();
		}
	};
	await Promise.all(Array.from({ length: LANES }, lane));
	for (const list of Object.values(findings)) list.sort((x, y) => x.localeCompare(y, 'en', { numeric: true })); // 320px before 1366px
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('the layout of the sample help center, from 320 px phones to desktops, in Turkish and Arabic', () => {
	it('measured every page at every width in both directions, with menus and search panels open', () => {
		expect(tally.pages).toBe(WIDTHS.length * LANGUAGES.length * PAGES.length);
		expect(tally.menus, 'the language menu was opened on every page').toBeGreaterThanOrEqual(tally.pages);
		const searchesPerPage = WIDTHS.reduce((sum, width) => sum + (width === NARROWEST ? 2 : 1), 0);
		expect(tally.panels).toBe(LANGUAGES.length * PAGES.filter((page) => page.searchPanel).length * searchesPerPage);
		// None seen means the arrows are drawn some way the probe cannot measure: teach it that way.
		expect(tally.arrows, 'arrows at the end of links were measured').toBeGreaterThan(0);
		// The article's date and reading time now stand apart with icons, no `·` between them; a
		// separator that comes back anywhere is measured by the same probe (tally.separators).
	});

	it('opens every header menu and search panel inside the screen', () => {
		expect(findings.viewport).toEqual([]);
	});

	it('never scrolls sideways, with or without a menu or panel open', () => {
		expect(findings.sideways).toEqual([]);
	});

	it('never breaks an e-mail address or a phone number over two lines', () => {
		expect(findings.contacts).toEqual([]);
	});

	it(`keeps the header of a 390 px phone within ${PHONE_HEADER_MAX} px`, () => {
		expect(findings.header).toEqual([]);
	});

	it('never leaves a link arrow or a separator alone on a line', () => {
		expect(findings.marks).toEqual([]);
	});

	it("skips every heading's # link when tabbing through an article, and keeps it a link to its heading", async () => {
		const found: string[] = [];
		for (const { locale, dir } of LANGUAGES) {
			const path = article(locale);
			const page = await contexts.get(`${dir} 390`)!.newPage();
			await open(page, path);
			const anchors = await page.evaluate(() => {
				const links = [...document.querySelectorAll<HTMLAnchorElement>('article :is(h2, h3, h4, h5, h6)[id] a[href^="#"]')].filter(
					(a) => decodeURIComponent(a.hash.slice(1)) === a.closest('[id]')!.id,
				);
				links.forEach((a) => a.setAttribute('data-heading-anchor', ''));
				return links.length;
			});
			if (anchors === 0) found.push(`${dir} /${path}: no heading links to their own heading in the article`);
			let leftArticle = false;
			for (let presses = 0; presses < 200 && !leftArticle; presses++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const active = document.activeElement;
					const article = document.querySelector('article')!;
					const after = Boolean(
						active && active !== document.body && !article.contains(active) && article.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
					);
					return { anchor: active?.closest('[data-heading-anchor]')?.closest('[id]')?.id, after };
				});
				if (focus.anchor) found.push(`${dir} /${path}: Tab stops on the # link of heading #${focus.anchor}`);
				leftArticle = focus.after;
			}
			if (!leftArticle) found.push(`${dir} /${path}: 200 presses of Tab never got past the article`);
			await page.close();
		}
		expect(found).toEqual([]);
	});

	it('keeps the query in the language links of the search page', async () => {
		const found: string[] = [];
		for (const { locale, dir, query } of LANGUAGES) {
			const path = searchPage(locale, query);
			const page = await contexts.get(`${dir} 390`)!.newPage();
			await open(page, path);
			// A script may put the query in once the page has loaded: it gets a moment.
			const kept = (args: readonly [string, string]) =>
				[...document.querySelectorAll<HTMLAnchorElement>(args[0])].every((a) => new URL(a.href).searchParams.get('q') === args[1]);
			await page.waitForFunction(kept, [LANGUAGE_LINKS, query] as const, { timeout: 1000 }).catch(() => undefined);
			const links = await page
				.locator(LANGUAGE_LINKS)
				.evaluateAll((all) => all.map((a) => ({ locale: a.getAttribute('hreflang'), href: (a as HTMLAnchorElement).href })));
			if (links.length === 0) found.push(`${dir} /${decodeURI(path)}: no language links`);
			for (const { locale: to, href } of links) {
				const url = new URL(href);
				if (url.searchParams.get('q') !== query)
					found.push(`${dir} /${decodeURI(path)}: the ${to} link ${decodeURI(url.pathname + url.search)} has no q=${query}`);
			}
			await page.close();
		}
		expect(found).toEqual([]);
	});
});
