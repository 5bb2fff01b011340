// Benchmark: builds generated help centers of 1,000 and 5,000 articles × tr, en, de with Destek and
// prints, for each, build seconds, pages per second, peak memory, dist and search-index size, what an
// article page weighs, `npm run check` time and the search figures (first query bytes and time,
// later queries) measured in headless Chromium. Then Starlight built from the 1,000 corpus in the
// same run (../shared/bench/), and the analytics collector (scripts/bench-collector.mjs).
//
//   npm run bench                                   # SIZES="1000 5000", LOCALES=tr,en,de
//   SIZES=300 LOCALES=tr,en PEER=0 npm run bench    # a quick look
//   REUSE=1 npm run bench                           # keep generated corpora (builds stay clean)
//   BUILD_RUNS=3 npm run bench                      # median of 3 clean builds per size (default: 3 up to
//                                                   # 1,000 articles per locale, 1 above), Starlight alike
//
// Builds are clean (no Astro content cache) like the peer's. Results: one JSON per size in
// tests/bench/results/ (and a table on stdout); sites stay in tests/.output/bench-N/.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCollector } from './bench-collector.mjs';
import { prepareCorpusSite, projectRoot } from './bench/corpus-site.mjs';
import { buildStarlight, peerAvailable } from './bench/peer-starlight.mjs';
import { probeSearch } from './bench/search-probe.mjs';
import { siteStats } from './bench/site-stats.mjs';

const SIZES = (process.env.SIZES ?? '1000 5000').split(/[\s,]+/).filter(Boolean).map(Number);
const LOCALES = (process.env.LOCALES ?? 'tr,en,de').split(',');
const resultsDir = join(projectRoot, 'tests', 'bench', 'results');
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };

const results = [];
for (const size of SIZES) {
	const work = join(projectRoot, 'tests', '.output', `bench-${size}`);
	const { site, corpus } = prepareCorpusSite({ work, articlesPerLocale: size, locales: LOCALES, reuse: process.env.REUSE === '1' });
	const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
	const result = { tool: 'destek', articlesPerLocale: size, locales: LOCALES, articles: size * LOCALES.length, machine, at: new Date().toISOString() };
	result.checkSeconds = median(Array.from({ length: 3 }, () => timed(() => run([join(projectRoot, 'scripts', 'check.mjs'), '--root', site], { allowFailure: true }))));
	const runs = Number(process.env.BUILD_RUNS ?? (size <= 1000 ? 3 : 1));
	const builds = Array.from({ length: runs }, () => cleanBuild(site));
	result.build = { ...builds.sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)], runs, secondsSamples: builds.map((b) => b.seconds) };
	Object.assign(result, siteStats(join(site, 'dist'), LOCALES));
	result.build.pagesPerSecond = round(result.htmlPages / result.build.seconds);
	result.build.msPerArticle = round((result.build.seconds * 1000) / result.articles);
	if (process.env.SEARCH !== '0') result.search = await probeSearch({ dist: join(site, 'dist'), locales: LOCALES, manifest });
	if (process.env.PEER !== '0' && size === SIZES[0] && peerAvailable()) result.starlight = buildStarlight(corpus, { runs });
	results.push(result);
	save(`destek-${size}.json`, result);
}
const collector = process.env.COLLECTOR === '0' ? undefined : await benchCollector();
if (collector) save('collector.json', { machine, at: new Date().toISOString(), ...collector });
printTable(results, collector);

/** `astro build` from scratch: wall time and the peak memory of the build process. */
function cleanBuild(site) {
	for (const dir of ['dist', '.astro', join('node_modules', '.astro')]) rmSync(join(site, dir), { recursive: true, force: true });
	const peakFile = join(site, '.peak-memory');
	const seconds = timed(() =>
		run(['--import', pathToFileURL(join(projectRoot, 'scripts', 'bench', 'peak-memory.mjs')).href, join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', site], {
			env: { BENCH_PEAK_MEMORY_FILE: peakFile, ASTRO_TELEMETRY_DISABLED: '1' },
		}),
	);
	const peakMemoryMB = existsSync(peakFile) ? Math.round(Number(readFileSync(peakFile, 'utf8')) / 2 ** 20) : null;
	return { seconds: round(seconds), peakMemoryMB };
}

function printTable(all, collectorResult) {
	const kB = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
	const MB = (bytes) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
	const rows = [['', ...all.map((r) => `Destek ${r.articlesPerLocale} × ${r.locales.length}`), ...all.filter((r) => r.starlight).map((r) => `Starlight ${r.articlesPerLocale} × ${r.locales.length}`)]];
	const add = (label, destek, peer = () => '–') => rows.push([label, ...all.map(destek), ...all.filter((r) => r.starlight).map((r) => peer(r.starlight))]);
	add('build (clean, median)', (r) => `${r.build.seconds} s (${r.build.runs}×)`, (s) => `${s.buildSeconds} s (${s.buildSecondsSamples?.length ?? 1}×)`);
	add('pages per second', (r) => `${r.build.pagesPerSecond}`, (s) => `${s.pagesPerSecond}`);
	add('build ms per article', (r) => `${r.build.msPerArticle}`);
	add('peak memory', (r) => `${r.build.peakMemoryMB} MB`, (s) => `${s.peakMemoryMB} MB`);
	add('dist', (r) => MB(r.distBytes), (s) => MB(s.distBytes));
	add('search index', (r) => MB(r.searchIndexBytes), (s) => MB(s.searchIndexBytes));
	add('article HTML (median)', (r) => kB(r.articleHtmlBytes.median), (s) => kB(s.articleHtmlBytes.median));
	add('article HTML gzip', (r) => kB(r.medianArticlePage.html.gzipBytes), (s) => kB(s.articlePage.htmlGzipBytes));
	add('article CSS gzip', (r) => kB(r.medianArticlePage.css.gzipBytes), (s) => kB(s.articlePage.css?.gzipBytes));
	add('article JS gzip (before search)', (r) => kB(r.medianArticlePage.js.gzipBytes), (s) => kB(s.articlePage.js?.gzipBytes));
	add('npm run check', (r) => `${r.checkSeconds} s`);
	for (const locale of LOCALES) {
		add(`first search ${locale} (gzip, from 1st key)`, (r) => (r.search ? `${kB(r.search[locale].firstQuery.gzipBytes)}, ${r.search[locale].firstQuery.msFromFirstKeystroke} ms` : '–'));
		add(`later searches ${locale} median / p95`, (r) => (r.search ? `${r.search[locale].laterQueries.medianMs} / ${r.search[locale].laterQueries.p95Ms} ms` : '–'));
	}
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
	const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
	console.log(`\nMachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}\n`);
	console.log([line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n'));
	const peer = all.find((r) => r.starlight);
	if (peer) console.log(`\nPages per second, Destek ÷ Starlight on the same ${peer.articlesPerLocale} × ${peer.locales.length} corpus: ${round(peer.build.pagesPerSecond / peer.starlight.pagesPerSecond)}×`);
	if (all.length > 1) {
		const [small, large] = [all[0], all.at(-1)];
		console.log(
			`Growth ${small.articles} → ${large.articles} articles (×${round(large.articles / small.articles)}): build time ×${round(large.build.seconds / small.build.seconds)}, ms per article ×${round(large.build.msPerArticle / small.build.msPerArticle)}, article HTML ×${round(large.articleHtmlBytes.median / small.articleHtmlBytes.median)}`,
		);
	}
	if (collectorResult) console.log(`Collector: ${JSON.stringify(collectorResult)}`);
	console.log(`\nJSON: ${resultsDir}/`);
}

function run(args, { env = {}, allowFailure = false } = {}) {
	const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
	if (child.status !== 0 && !allowFailure) {
		console.error(`node ${args.join(' ')} failed`);
		process.exit(1);
	}
}
function save(name, data) {
	mkdirSync(resultsDir, { recursive: true });
	writeFileSync(join(resultsDir, name), `${JSON.stringify(data, null, 2)}\n`);
}
function timed(action) {
	const started = performance.now();
	action();
	return (performance.now() - started) / 1000;
}
function median(values) {
	return round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
}
function round(value) {
	return Math.round(value * 10) / 10;
}
