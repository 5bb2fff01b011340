import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticles } from '../src/search/find-articles.ts';
import type { PagefindSearch } from '../src/search/search-types.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { pagefindInNode } from './helpers/pagefind-in-node.ts';
import { serveDist } from './helpers/serve-dist.ts';

/**
 * The search-quality suite: queries written the way customers type them
 * (tests/search-quality/<locale>.json), each with the article it must return in the top 3, run
 * through the search's own ranking (find-articles.ts) on the sample help center's real Pagefind
 * index, in Node: a browser adds nothing to ranking (tests/search-browser.test.ts types into the
 * real page). Prints recall@1 and recall@3 per locale. Writers add cases when they add articles.
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
const DEFAULT_LOCALE = 'tr';
let site: Awaited<ReturnType<typeof serveDist>>;
const indexes = new Map<string, Promise<PagefindSearch>>();

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	site = await serveDist(dist, '/', ['tr', 'en', 'de', 'ar']);
});

afterAll(async () => {
	await site?.close();
});

function indexOf(locale: string): Promise<PagefindSearch> {
	let index = indexes.get(locale);
	if (!index) indexes.set(locale, (index = pagefindInNode(dist, site.origin, locale)));
	return index;
}

/** The first three articles the search box shows: the locale's own, else the default locale's (search-element.ts). */
async function topResults(locale: string, query: string): Promise<string[]> {
	let { hits } = await findArticles(await indexOf(locale), query, locale);
	if (hits.length === 0 && locale !== DEFAULT_LOCALE) ({ hits } = await findArticles(await indexOf(DEFAULT_LOCALE), query, DEFAULT_LOCALE));
	const shown = await Promise.all(hits.slice(0, 3).map(({ hit }) => hit.data()));
	return shown.map((data) => new URL(data.url, site.origin).pathname.replace(/^\/[a-z]{2,3}(?:-[A-Za-z0-9]+)?\//, '').replace(/\/$/, ''));
}

describe('search quality on the sample help center', () => {
	it('has a suite for every complete locale', () => {
		expect(LOCALES).toEqual(expect.arrayContaining(['tr', 'en']));
	});

	for (const locale of LOCALES) {
		it(`finds the expected article in the top 3 for every ${locale} query`, async () => {
			const cases = JSON.parse(readFileSync(join(SUITE, `${locale}.json`), 'utf8')) as QualityCase[];
			let first = 0;
			let top3 = 0;
			const misses: string[] = [];
			for (const { query, expect: expected, kind } of cases) {
				const found = await topResults(locale, query);
				if (found[0] === expected) first++;
				if (found.includes(expected)) top3++;
				else misses.push(`${kind}: "${query}" → expected ${expected}, got ${found.join(', ') || 'nothing'}`);
			}
			const percent = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
			console.log(`search quality ${locale}: ${cases.length} queries, recall@1 ${percent(first)}, recall@3 ${percent(top3)}`);
			expect(misses).toEqual([]);
		});
	}
});
