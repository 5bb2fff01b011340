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
//   REUSE=1 BUILD_RUNS=0 npm run bench              # probe the sites already built (no build, no check)
//   SEARCH_RUNS=10 PHONE_RUNS=3 npm run bench       # cold first searches per language, on the phone profile
//
// Search (scripts/bench/search-probe.mjs): the first search beside Pagefind's floor for the same
// query, round trips, last keystroke → results, click → results on a phone profile, long tasks
// while typing, later queries; Starlight's stock search the same way. Targets are printed beside.
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
import { compressionByKind } from './bench/compression.mjs';
import { buildStarlight, peerAvailable } from './bench/peer-starlight.mjs';
import { probeSearch } from './bench/search-probe.mjs';
import { compressionRows, markdownTable, searchRows } from './bench/search-table.mjs';
import { siteStats } from './bench/site-stats.mjs';

const SIZES = (process.env.SIZES ?? '1000 5000')
	.split(/[\s,]+/)
	.filter(Boolean)
	.map(Number);
const LOCALES = (process.env.LOCALES ?? 'tr,en,de').split(',');
const resultsDir = join(projectRoot, 'tests', 'bench', 'results');
const machine = {
	cpus: cpus().length,
	cpu: cpus()[0]?.model,
	memoryGB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
};

const results = [];
for (const size of SIZES) {
	const work = join(projectRoot, 'tests', '.output', `bench-${size}`);
	const { site, corpus } = prepareCorpusSite({ work, articlesPerLocale: size, locales: LOCALES, reuse: process.env.REUSE === '1' });
	const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
	const result = { tool: 'destek', articlesPerLocale: size, locales: LOCALES, articles: size * LOCALES.length, machine, at: new Date().toISOString() };
	const runs = Number(process.env.BUILD_RUNS ?? (size <= 1000 ? 3 : 1));
	if (runs > 0) {
		result.checkSeconds = median(
			Array.from({ length: 3 }, () => timed(() => run([join(projectRoot, 'scripts', 'check.mjs'), '--root', site], { allowFailure: true }))),
		);
		const builds = Array.from({ length: runs }, () => cleanBuild(site));
		result.build = { ...builds.sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)], runs, secondsSamples: builds.map((b) => b.seconds) };
	}
	Object.assign(result, siteStats(join(site, 'dist'), LOCALES));
	if (result.build) {
		result.build.pagesPerSecond = round(result.htmlPages / result.build.seconds);
		result.build.msPerArticle = round((result.build.seconds * 1000) / result.articles);
	}
	result.compression = compressionByKind(join(site, 'dist'), { articlePage: result.medianArticlePage.page.slice(1), locale: LOCALES[0] });
	if (process.env.SEARCH !== '0') result.search = await probeSearch({ dist: join(site, 'dist'), locales: LOCALES, manifest });
	if (process.env.PEER !== '0' && size === SIZES[0] && peerAvailable()) {
		result.starlight = runs > 0 ? buildStarlight(corpus, { runs }) : { dist: process.env.PEER_DIST ?? '/tmp/bench-work/starlight/dist' };
		if (process.env.SEARCH !== '0') result.starlight.search = await probeSearch({ dist: result.starlight.dist, locales: LOCALES, manifest, site: 'starlight' });
	}
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
		run(
			[
				'--import',
				pathToFileURL(join(projectRoot, 'scripts', 'bench', 'peak-memory.mjs')).href,
				join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
				'build',
				'--root',
				site,
			],
			{
				env: { BENCH_PEAK_MEMORY_FILE: peakFile, ASTRO_TELEMETRY_DISABLED: '1' },
			},
		),
	);
	const peakMemoryMB = existsSync(peakFile) ? Math.round(Number(readFileSync(peakFile, 'utf8')) / 2 ** 20) : null;
	return { seconds: round(seconds), peakMemoryMB };
}

function printTable(all, collectorResult) {
	const kB = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
	const MB = (bytes) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
	const rows = [
		[
			'',
			...all.map((r) => `Destek ${r.articlesPerLocale} × ${r.locales.length}`),
			...all.filter((r) => r.starlight).map((r) => `Starlight ${r.articlesPerLocale} × ${r.locales.length}`),
		],
	];
	const add = (label, destek, peer = () => '–') => rows.push([label, ...all.map(destek), ...all.filter((r) => r.starlight).map((r) => peer(r.starlight))]);
	add(
		'build (clean, median)',
		(r) => (r.build ? `${r.build.seconds} s (${r.build.runs}×)` : '–'),
		(s) => (s.buildSeconds ? `${s.buildSeconds} s (${s.buildSecondsSamples?.length ?? 1}×)` : '–'),
	);
	add(
		'pages per second',
		(r) => `${r.build?.pagesPerSecond ?? '–'}`,
		(s) => `${s.pagesPerSecond ?? '–'}`,
	);
	add('build ms per article', (r) => `${r.build?.msPerArticle ?? '–'}`);
	add(
		'peak memory',
		(r) => `${r.build?.peakMemoryMB ?? '–'} MB`,
		(s) => `${s.peakMemoryMB ?? '–'} MB`,
	);
	add(
		'dist',
		(r) => MB(r.distBytes),
		(s) => MB(s.distBytes),
	);
	add(
		'search index',
		(r) => MB(r.searchIndexBytes),
		(s) => MB(s.searchIndexBytes),
	);
	add(
		'article HTML (median)',
		(r) => kB(r.articleHtmlBytes.median),
		(s) => kB(s.articleHtmlBytes?.median),
	);
	add(
		'article HTML gzip',
		(r) => kB(r.medianArticlePage.html.gzipBytes),
		(s) => kB(s.articlePage?.htmlGzipBytes),
	);
	add(
		'article CSS gzip',
		(r) => kB(r.medianArticlePage.css.gzipBytes),
		(s) => kB(s.articlePage?.css?.gzipBytes),
	);
	add(
		'article JS gzip (before search)',
		(r) => kB(r.medianArticlePage.js.gzipBytes),
		(s) => kB(s.articlePage?.js?.gzipBytes),
	);
	add('npm run check', (r) => (r.checkSeconds ? `${r.checkSeconds} s` : '–'));
	console.log(`\nMachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}\n`);
	console.log(markdownTable(rows));
	const searched = [
		...all.map((r) => ({
			label: `Destek ${r.articlesPerLocale} × ${r.locales.length}`,
			tool: 'destek',
			articlesPerLocale: r.articlesPerLocale,
			search: r.search,
		})),
		...all
			.filter((r) => r.starlight?.search)
			.map((r) => ({
				label: `Starlight ${r.articlesPerLocale} × ${r.locales.length}`,
				tool: 'starlight',
				articlesPerLocale: r.articlesPerLocale,
				search: r.starlight.search,
			})),
	];
	if (searched.some((s) => s.search)) {
		console.log(
			`\nSearch: cold first searches typed at 40 ms per key, medians of ${process.env.SEARCH_RUNS ?? 10} (phone: ${process.env.PHONE_RUNS ?? 3}); bytes as sent (text gzipped) from reaching for the search to results on screen:\n`,
		);
		console.log(markdownTable(searchRows(searched, LOCALES)));
	}
	console.log(`\nCompression of what a reader downloads (Destek ${all[0].articlesPerLocale} × ${all[0].locales.length}, ${LOCALES[0]}):\n`);
	console.log(markdownTable(compressionRows(all[0].compression)));
	const peer = all.find((r) => r.starlight);
	if (peer?.build && peer.starlight.pagesPerSecond)
		console.log(
			`\nPages per second, Destek ÷ Starlight on the same ${peer.articlesPerLocale} × ${peer.locales.length} corpus: ${round(peer.build.pagesPerSecond / peer.starlight.pagesPerSecond)}×`,
		);
	if (all.length > 1 && all.every((r) => r.build)) {
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
