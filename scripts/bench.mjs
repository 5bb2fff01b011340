// Search benchmark: builds a generated help center (N articles × locales) with Destek and measures,
// in headless Chromium, what the first search downloads and how fast results render.
//
//   npm run bench                      # N = 5000, tr,en,de
//   N=500 LOCALES=tr,en npm run bench  # smaller, for a quick look
//
// Also times `npm run check` on the generated content. Then the collector: events per second accepted on loopback and events lost (scripts/bench-collector.mjs).
//
// Prints one JSON summary (and writes it to tests/.output/bench-N/result.json). Uses the corpus
// generator in ../shared/bench/ and the system Chromium (CHROMIUM_PATH to change).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticHandler } from '../src/server/static-site.ts';
import { benchCollector } from './bench-collector.mjs';

const root = resolve(import.meta.dirname, '..');
const N = Number(process.env.N ?? 5000);
const LOCALES = (process.env.LOCALES ?? 'tr,en,de').split(',');
const generator = resolve(root, '../shared/bench/gen-corpus.mjs');
const work = join(root, 'tests', '.output', `bench-${N}`); // inside the project, so the site resolves its packages
const site = join(work, 'site');
const DEBOUNCE_MS = 60; // keep in step with src/client/search/destek-search.ts

if (!existsSync(generator)) {
	console.error(`Corpus generator not found at ${generator}; the bench needs ../shared/bench/ next to the project.`);
	process.exit(1);
}

// REUSE=1 keeps the generated site of the last run and rebuilds it (Astro's content cache makes
// that faster), to measure a change to Destek's code.
const reuse = process.env.REUSE === '1' && existsSync(join(site, 'astro.config.mjs'));

// 1. Corpus → a Destek site: the topic in each slug (`returns-0002`) becomes the category.
if (!reuse) {
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run(process.execPath, [generator, String(N), LOCALES.join(','), join(work, 'corpus')]);
const categories = new Set();
for (const locale of LOCALES) {
	for (const file of readdirSync(join(work, 'corpus', locale))) {
		const category = file.replace(/-\d+\.md$/, '');
		categories.add(category);
		const source = readFileSync(join(work, 'corpus', locale, file), 'utf8');
		const withDate = source.replace(/^---\n/, '---\nupdated: 2026-11-01\n').replace(/^description: "(.{150}).*"$/m, 'description: "$1"');
		write(join(site, 'content', locale, category, file), withDate);
	}
}
for (const locale of LOCALES) {
	for (const category of categories) {
		write(join(site, 'content', locale, category, '_category.yml'), `title: ${category}\n${locale === LOCALES[0] ? 'icon: question\n' : ''}`);
	}
}
const toProject = relative(site, root);
write(
	join(site, 'astro.config.mjs'),
	`import { defineConfig } from 'astro/config';
import destek from '${toProject}/src/integration/index.ts';
export default defineConfig({ integrations: [destek({
	title: 'Bench', defaultLocale: '${LOCALES[0]}', localesDir: '${toProject}/locales',
	locales: { ${LOCALES.map((l) => `${l}: { label: '${l}' }`).join(', ')} },
	contact: { phone: { number: '0850 000 00 00' }, hours: { mon: '09:00-18:00' } },
})] });
`,
);
write(join(site, 'src', 'content.config.ts'), `export { collections } from '${relative(join(site, 'src'), root)}/src/collections.ts';\n`);

}
const manifest = JSON.parse(readFileSync(join(work, 'corpus', 'manifest.json'), 'utf8'));

// 2. `npm run check` on the same content, without a build (target: under 10 s), median of three.
const checkSeconds = [];
for (let i = 0; i < 3; i++) {
	const checkStarted = performance.now();
	spawnSync(process.execPath, [join(root, 'scripts', 'check.mjs'), '--root', site], { stdio: 'ignore' });
	checkSeconds.push((performance.now() - checkStarted) / 1000);
}

// 3. Build.
const started = performance.now();
run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', site], { ASTRO_TELEMETRY_DISABLED: '1' });
const buildSeconds = (performance.now() - started) / 1000;
const dist = join(site, 'dist');

// 4. Browser: first query bytes and time, then later queries.
const server = createServer(createStaticHandler({ dir: dist, base: '/', locales: LOCALES }));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const result = { articlesPerLocale: N, locales: LOCALES, checkSeconds: round(percentile(checkSeconds, 0.5)), buildSeconds: round(buildSeconds), cachedBuild: reuse, pagefindBundleBytes: folderBytes(join(dist, 'pagefind')) };
for (const locale of LOCALES) result[locale] = await measure(locale);
await browser.close();
server.close();
result.collector = await benchCollector();
writeFileSync(join(work, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

async function measure(locale) {
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

function run(command, args, env = {}) {
	const child = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
	if (child.status !== 0) {
		console.error(`${command} ${args.join(' ')} failed`);
		process.exit(1);
	}
}
function write(path, text) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}
function folderBytes(dir) {
	return sum(readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, f))).filter((s) => s.isFile()).map((s) => s.size));
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
