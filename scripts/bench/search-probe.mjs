// The search figures of the search issue for one built site (Destek's or Starlight's), in headless
// Chromium: per language, cold first searches (bytes and round trips from reaching for the search
// to results on screen, beside Pagefind's floor for the same query; click → results; last
// keystroke → results; long tasks while typing), the same under a phone profile, then later
// queries in a warm page.
import { chromium } from 'playwright-core';
import { startBenchServer } from './bench-server.mjs';
import { COUNTING_LATENCY_MS, firstSearch } from './first-search.mjs';
import { percentile } from './request-chain.mjs';
import { searchFloor } from './search-floor.mjs';
import { searchSites } from './search-sites.mjs';
import { timeline } from './page-timeline.mjs';

/** Results a first search shows (Destek's dropdown and Pagefind UI's first page alike). */
const SHOWN = 5;

export async function probeSearch({
	dist,
	locales,
	manifest,
	site = 'destek',
	runs = Number(process.env.SEARCH_RUNS ?? 10),
	phoneRuns = Number(process.env.PHONE_RUNS ?? 3),
}) {
	const kind = searchSites[site];
	const server = await startBenchServer({ dist, locales });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const result = {};
		for (const [index, locale] of locales.entries()) {
			const query = manifest.needles.find((n) => n.locale === locale).variants[0].q;
			const article = manifest.articles.find((a) => a.locale === locale);
			const path = kind.articlePath(article);
			const cold = [];
			for (let run = 0; run < runs; run++) cold.push(await firstSearch(browser, server, { site: kind, path, query }));
			// Round trips are counted on a run with a fixed round trip per response: on 127.0.0.1 a
			// request sent after another has finished and one sent beside it look alike.
			const counted = await firstSearch(browser, server, { site: kind, path, query, latency: COUNTING_LATENCY_MS });
			const phone = [];
			// The phone profile for the first language only: it takes seconds per run.
			if (index === 0) for (let run = 0; run < phoneRuns; run++) phone.push(await firstSearch(browser, server, { site: kind, path, query, phone: true }));
			result[locale] = {
				page: path,
				floor: await searchFloor(browser, server, { bundle: kind.bundle, locale, query, shown: SHOWN, ranking: kind.ranking }),
				firstQuery: { ...summarize(cold), roundTrips: counted.roundTrips, files: counted.levels, roundTripMs: COUNTING_LATENCY_MS },
				phone: phone.length ? summarize(phone) : undefined,
				laterQueries: await laterQueries(browser, server.origin, kind, path, manifest, locale),
			};
		}
		return result;
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Medians of the cold runs; p50 and p95 of the times; the worst long task. */
function summarize(runs) {
	const median = (key) =>
		percentile(
			runs.map((r) => r[key]),
			0.5,
		);
	return {
		query: runs[0].query,
		runs: runs.length,
		gzipBytes: median('gzipBytes'),
		bytes: median('bytes'),
		requests: median('requests'),
		roundTrips: median('roundTrips'),
		beforeReach: runs[0].beforeReach,
		msClickToResults: {
			p50: median('msClickToResults'),
			p95: percentile(
				runs.map((r) => r.msClickToResults),
				0.95,
			),
		},
		msLastKeyToResults: {
			p50: median('msLastKeyToResults'),
			p95: percentile(
				runs.map((r) => r.msLastKeyToResults),
				0.95,
			),
		},
		longTasksWhileTyping: Math.max(...runs.map((r) => r.longTasksWhileTyping)),
		longestTaskWhileTypingMs: Math.max(...runs.map((r) => r.longestTaskWhileTypingMs)),
		files: runs[0].levels,
	};
}

/** Up to 40 more queries in the same page: last keystroke → results, the site's debounce taken off. */
export async function laterQueries(browser, origin, kind, path, manifest, locale) {
	const needles = manifest.needles.filter((n) => n.locale === locale);
	const queries = [
		...new Set([
			...needles.flatMap((n) => n.variants.map((v) => v.q)),
			...manifest.articles
				.filter((a) => a.locale === locale)
				.slice(0, 40)
				.map((a) => a.title.split(':')[0]),
		]),
	];
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const line = await timeline(page);
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		const input = await kind.open(page);
		const times = [];
		let missed = 0;
		for (const [index, query] of queries.slice(0, 41).entries()) {
			await input.fill('');
			await line.arm(kind.shown, query);
			await input.pressSequentially(query, { delay: 5 });
			// A query whose results the probe cannot recognise (none found, on Starlight) is left out.
			const painted = await line.painted({ timeout: 10_000 }).catch(() => null);
			const { keys } = await line.read();
			if (painted === null) missed++;
			else if (index > 0) times.push({ query, ms: painted - keys.at(-1) - kind.debounceMs });
			await page.waitForTimeout(100);
		}
		const ms = times.map((t) => t.ms);
		const slowest = times
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 3)
			.map((t) => `${t.query} ${round(t.ms)} ms`);
		return { count: times.length, missed, debounceMs: kind.debounceMs, medianMs: round(percentile(ms, 0.5)), p95Ms: round(percentile(ms, 0.95)), slowest };
	} finally {
		await context.close();
	}
}

function round(value) {
	return Math.round(value * 10) / 10;
}
