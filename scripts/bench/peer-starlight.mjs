// Starlight (the docs site a store would pick instead) built from the same corpus with the shared
// harness in ../shared/bench/, for a side-by-side figure in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './corpus-site.mjs';

const harness = resolve(projectRoot, '../shared/bench');

export function peerAvailable() {
	return existsSync(join(harness, 'peer-starlight', 'build.mjs'));
}

/** Clean builds (median of `runs`), then the shared harness's figures of the output. */
export function buildStarlight(corpus, { runs = 1, work = process.env.PEER_WORK ?? '/tmp/bench-work/starlight' } = {}) {
	const build = json(
		spawnSync(process.execPath, [join(harness, 'peer-starlight', 'build.mjs'), corpus, '--work', work, '--repeat', String(runs)], {
			encoding: 'utf8',
			maxBuffer: 64 << 20,
		}),
	);
	if (!build.build?.ok) throw new Error(`Starlight build failed; see ${work}/build.log`);
	const stats = json(
		spawnSync(process.execPath, [join(harness, 'dist-stats.mjs'), join(work, 'dist'), '--manifest', join(corpus, 'manifest.json')], {
			encoding: 'utf8',
			maxBuffer: 64 << 20,
		}),
	);
	return {
		dist: join(work, 'dist'),
		versions: build.versions,
		buildSeconds: build.build.seconds,
		buildSecondsSamples: build.build.secondsSamples,
		htmlPages: stats.htmlPages,
		pagesPerSecond: Math.round((stats.htmlPages / build.build.seconds) * 10) / 10,
		peakMemoryMB: build.build.maxRssMB,
		distBytes: stats.bytes,
		searchIndexBytes: stats.pagefind?.bytes,
		articleHtmlBytes: { median: stats.articlePages?.medianHtmlBytes },
		articlePage: {
			htmlGzipBytes: stats.articlePageAssets?.medianHtmlGzipBytes,
			js: stats.articlePageAssets?.js,
			css: stats.articlePageAssets?.css,
		},
	};
}

function json(child) {
	if (child.status !== 0) throw new Error(child.stderr.slice(-800));
	return JSON.parse(child.stdout.trim().split('\n').at(-1));
}
