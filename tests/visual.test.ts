import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { pagePool } from './visual/capture.ts';
import { checkShot } from './visual/check-shot.ts';
import { BASELINES, UPDATE_COMMAND } from './visual/paths.ts';
import { serveSample } from './visual/sample-server.ts';
import { baselineShots, baselineShotsFor, LOCALES, PAGES, type PageId } from './visual/shots.ts';

// Screenshots of the sample help center against tests/visual/baselines/: each page in Turkish and
// Arabic, on a 390 px phone and a 1366 px laptop, light and dark. A change meant to show is
// committed with new baselines (`npm run screenshots`).
let browser: Browser;
let pool: ReturnType<typeof pagePool>;
let server: Awaited<ReturnType<typeof serveSample>>;

beforeAll(async () => {
	const build = await buildSiteOnce(PROJECT_ROOT);
	expect(build.code, build.output).toBe(0);
	server = await serveSample();
	browser = await launchBrowser();
	pool = pagePool(browser);
});

afterAll(async () => {
	await pool?.close();
	await browser?.close();
	await server?.close();
});

describe('the sample help center looks as its baselines show', () => {
	it('has a baseline for each of its 48 shots, and no file no shot reads', () => {
		const expected = baselineShots().map((shot) => `${shot.name}.png`);
		expect(expected).toHaveLength(48);
		expect(readdirSync(BASELINES).sort()).toEqual(expected.sort());
	});

	for (const id of Object.keys(PAGES) as PageId[]) {
		for (const locale of LOCALES) {
			it(`${id} in ${locale}, on a phone and a laptop, light and dark`, async () => {
				const mismatches: string[] = [];
				// One shot at a time: Chromium rendering four at once on two cores was no faster.
				for (const shot of baselineShotsFor(id, locale)) {
					const mismatch = await checkShot(await pool.pageFor(shot), server.origin, shot);
					if (mismatch) mismatches.push(mismatch);
				}
				expect(
					mismatches,
					`${mismatches.length} shot(s) differ from their baselines (a change meant to show: run \`${UPDATE_COMMAND}\`, look at the new baselines, commit them)`,
				).toEqual([]);
			});
		}
	}
});
