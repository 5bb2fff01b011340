import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupKey } from '../src/report/group-key.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import type { Report } from '../src/report/report-types.ts';
import type { createHelpCenterServer } from '../src/server/help-center-server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { startHelpCenter } from './helpers/help-center.ts';

/**
 * The gap suite, beside the search-quality suite: needs the sample help center does not cover and
 * needs it does (tests/search-quality/gaps-<locale>.json), searched on the sample served the way
 * `npm start` serves it (a real collector and SQLite file), then `npm run report`. A customer with
 * an uncovered need opens the first result, if any, and comes straight back; one with a covered
 * need opens its article (or, when search does not show it, the first result and comes back). Gap
 * recall is the share of uncovered needs in the report, the false-gap rate the share of covered
 * ones. Answer strength alone (what is recorded for a customer who opens nothing) is printed too.
 */
interface GapCase {
	query: string;
	covered: boolean;
	/** The article that answers a covered need; without it the customer reads the first result. */
	expect?: string;
	/** What an uncovered need is about. */
	need?: string;
}
interface Outcome extends GapCase {
	strength: string | null;
}

const SUITE = join(PROJECT_ROOT, 'tests', 'search-quality');
const LOCALES = readdirSync(SUITE).flatMap((name) => /^gaps-(.+)\.json$/.exec(name)?.[1] ?? []);
const scratch = join(PROJECT_ROOT, 'tests', '.output', 'gap-suite');
const db = join(scratch, 'analytics.sqlite');
/** Targets of the gap issue: uncovered needs reported, covered needs reported. */
const MIN_RECALL = 0.9;
const MAX_FALSE_GAPS = 0.1;
/**
 * Answer strength alone: a floor against regressions, not the product's target, which behaviour
 * completes (73–77 % recall and 11–21 % covered needs called partial when written: a covered need
 * typed with a word no article has, `paketi kapıcıya bırakabilir mi`, is partial by definition).
 */
const MIN_STRENGTH_RECALL = 0.5;
const MAX_STRENGTH_FALSE_GAPS = 0.35;

let browser: Browser;
let site: Awaited<ReturnType<typeof createHelpCenterServer>>;
let origin: string;
const outcomes = new Map<string, Outcome[]>();

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	// Every customer here shares 127.0.0.1, which the collector would otherwise hold to 60 posts a minute.
	({ site, origin } = await startHelpCenter(PROJECT_ROOT, db, { DESTEK_RATE_LIMIT: '100000' }));
	// Back as customers get it: the page with the results comes back from the back/forward cache.
	browser = await launchBrowser({ backForwardCache: true });
	// Two locales at a time: each customer is a fresh tab, so nothing carries over between them.
	await Promise.all(LOCALES.map(async (locale) => outcomes.set(locale, await searchAll(locale))));
	await settled();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

function casesOf(locale: string): GapCase[] {
	return JSON.parse(readFileSync(join(SUITE, `gaps-${locale}.json`), 'utf8')) as GapCase[];
}

async function searchAll(locale: string): Promise<Outcome[]> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(`${origin}/${locale}/`);
	const results: Outcome[] = [];
	for (const need of casesOf(locale)) results.push({ ...need, strength: await actOut(page, locale, need) });
	await context.close();
	return results;
}

/**
 * One customer: searches from the home page, then opens a result and reads it, or comes back.
 * Customers follow one another in one tab, each on the home page when done: the one who comes back
 * uses Back, the one who read follows a link there (which is never a return, however soon).
 */
async function actOut(page: Page, locale: string, need: GapCase): Promise<string | null> {
	const box = page.locator('input[type="search"]').first();
	await box.fill(need.query);
	const list = page.locator('[data-search-results]').first();
	// expect.poll is for tests; this runs in beforeAll.
	await page.waitForFunction((query) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === query, need.query, { timeout: 10_000 });
	const strength = await list.getAttribute('data-strength');
	const links = list.locator('a');
	const wanted = need.expect ? list.locator(`a[href*="/${locale}/${need.expect}/"]`) : undefined;
	if ((await links.count()) === 0) {
		await box.press('Escape'); // gives up: the search settles as unanswered
	} else if (need.covered && (wanted ? (await wanted.count()) > 0 : true)) {
		// Found it (the expected article, or the first result when the case names none) and reads it,
		// then goes on to the home page.
		await openResult(page, wanted ? wanted.first() : links.first());
		await page.goto(`${origin}/${locale}/`, { waitUntil: 'domcontentloaded' });
	} else {
		await openResult(page, links.first());
		await page.goBack({ waitUntil: 'commit' }); // a page from the back/forward cache fires no load event
		await page.waitForFunction(() => !sessionStorage.getItem('destek:opened-result'));
	}
	return strength;
}

async function openResult(page: Page, link: Locator): Promise<void> {
	const from = page.url();
	await Promise.all([page.waitForURL((url) => url.href !== from, { waitUntil: 'domcontentloaded' }), link.click()]);
}

/** Waits until the collector has stored what the browsers sent (the last beacons are in flight). */
async function settled(): Promise<void> {
	let previous = -1;
	for (let i = 0; i < 50; i++) {
		const count = (await site.collector.store.read()).length;
		if (count === previous && count > 0) return;
		previous = count;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
}

async function report(): Promise<Report> {
	let text = '';
	const code = await runReportCli(['--db', db, '--format', 'json', '--since', '1d'], {
		root: PROJECT_ROOT,
		stdout: (chunk) => (text += chunk),
		stderr: (chunk) => (text += chunk),
	});
	expect(code, text).toBe(0);
	return JSON.parse(text) as Report;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

describe('gap suite on the sample help center', () => {
	it('has gap cases for Turkish and English, at least 15 uncovered and 30 covered needs each', () => {
		for (const locale of ['tr', 'en']) {
			const cases = casesOf(locale);
			expect(cases.filter((need) => !need.covered).length).toBeGreaterThanOrEqual(15);
			expect(cases.filter((need) => need.covered).length).toBeGreaterThanOrEqual(15);
		}
	});

	for (const locale of LOCALES) {
		it(`reports the uncovered ${locale} needs and not the covered ones`, async () => {
			const needs = (await report()).needs.filter((need) => need.locale === locale);
			const reported = new Set(needs.map((need) => need.key));
			const cases = outcomes.get(locale)!;
			const uncovered = cases.filter((need) => !need.covered);
			const covered = cases.filter((need) => need.covered);
			const isReported = (need: GapCase) => reported.has(groupKey(need.query, locale));
			const missed = uncovered.filter((need) => !isReported(need));
			const falseGaps = covered.filter(isReported);
			const weak = (need: Outcome) => need.strength !== 'full';
			console.log(
				`gap suite ${locale}: ${uncovered.length} uncovered, ${covered.length} covered needs; ` +
					`report: gap recall ${percent(uncovered.length - missed.length, uncovered.length)}, false-gap rate ${percent(falseGaps.length, covered.length)}; ` +
					`answer strength alone: gap recall ${percent(uncovered.filter(weak).length, uncovered.length)}, false-gap rate ${percent(covered.filter(weak).length, covered.length)}`,
			);
			for (const need of missed) console.log(`  not reported: "${need.query}" (${need.need ?? ''}, strength ${need.strength})`);
			for (const need of falseGaps) console.log(`  reported although covered: "${need.query}" → ${need.expect} (strength ${need.strength})`);
			for (const need of uncovered.filter((need) => !weak(need)))
				console.log(`  answer strength full although uncovered: "${need.query}" (${need.need ?? ''})`);
			for (const need of covered.filter(weak)) console.log(`  answer strength ${need.strength} although covered: "${need.query}" → ${need.expect}`);
			expect((uncovered.length - missed.length) / uncovered.length).toBeGreaterThanOrEqual(MIN_RECALL);
			expect(falseGaps.length / covered.length).toBeLessThanOrEqual(MAX_FALSE_GAPS);
			expect(uncovered.filter(weak).length / uncovered.length).toBeGreaterThanOrEqual(MIN_STRENGTH_RECALL);
			expect(covered.filter(weak).length / covered.length).toBeLessThanOrEqual(MAX_STRENGTH_FALSE_GAPS);
		});
	}

	it('reports uncovered needs typed letter by letter, opened and left at once, and not covered ones that were read', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const customers = [
			{ query: 'ürün yorumu nasıl yazılır', reads: null },
			{ query: 'puan kartı', reads: null },
			{ query: 'kargo ücreti ne kadar', reads: 'kargo/kargo-ucretleri-ve-sureleri' },
			{ query: 'sifremi unuttum', reads: 'hesap/sifremi-unuttum' },
		];
		for (const { query, reads } of customers) {
			await page.goto(`${origin}/tr/`);
			const box = page.locator('input[type="search"]').first();
			await box.click();
			await box.pressSequentially(query, { delay: 40 });
			const list = page.locator('[data-search-results]').first();
			await expect.poll(() => list.getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
			if (reads) {
				await openResult(page, list.locator(`a[href*="/tr/${reads}/"]`).first());
				continue; // reads it, and the next customer starts from the home page
			}
			await openResult(page, list.locator('a').first());
			await page.goBack({ waitUntil: 'commit' });
			await page.waitForFunction(() => !sessionStorage.getItem('destek:opened-result'));
		}
		await context.close();
		await settled();
		const needs = (await report()).needs.filter((need) => need.locale === 'tr');
		const keys = new Set(needs.map((need) => need.key));
		expect(keys).toContain(groupKey('ürün yorumu nasıl yazılır', 'tr'));
		expect(keys).toContain(groupKey('puan kartı', 'tr'));
		expect(keys).not.toContain(groupKey('kargo ücreti ne kadar', 'tr'));
		expect(keys).not.toContain(groupKey('sifremi unuttum', 'tr'));
		// The letters on the way (`ü`, `ür`, `ürün y`…) are keystrokes, not searches.
		for (const { query } of customers) for (let end = 2; end < query.length - 1; end++) expect(keys).not.toContain(groupKey(query.slice(0, end), 'tr'));
		// Back within seconds was recorded as such, once per customer who came back.
		const returns = (await site.collector.store.read()).filter((event) => event.type === 'search-return' && event.locale === 'tr');
		expect(
			returns
				.filter((event) => ['ürün yorumu nasıl yazılır', 'puan kartı'].includes(event.query!))
				.map((event) => event.query)
				.sort(),
		).toEqual(['puan kartı', 'ürün yorumu nasıl yazılır']);
		expect(returns.filter((event) => ['kargo ücreti ne kadar', 'sifremi unuttum'].includes(event.query!))).toEqual([]);
	});
});
