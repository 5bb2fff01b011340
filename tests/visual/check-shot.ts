import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { captureShot } from './capture.ts';
import { comparePng } from './compare.ts';
import { BASELINES, FAILURES } from './paths.ts';
import type { Shot } from './shots.ts';

/**
 * Photographs `shot` and compares it with its baseline. Returns undefined when they match, else a
 * line naming the shot, what differs and the files to look at (the screenshot and the difference
 * in red, written under tests/.output/visual/).
 */
export async function checkShot(page: Page, origin: string, shot: Shot): Promise<string | undefined> {
	const baselineFile = join(BASELINES, `${shot.name}.png`);
	const actual = await captureShot(page, origin, shot);
	await mkdir(FAILURES, { recursive: true });
	const actualFile = join(FAILURES, `${shot.name}-actual.png`);
	const diffFile = join(FAILURES, `${shot.name}-diff.png`);
	// What an earlier run left would be taken for this run's failure.
	await Promise.all([rm(actualFile, { force: true }), rm(diffFile, { force: true })]);
	if (!existsSync(baselineFile)) {
		await writeFile(actualFile, actual);
		return `${shot.name}: no baseline at ${relative(PROJECT_ROOT, baselineFile)}; screenshot in ${relative(PROJECT_ROOT, actualFile)}`;
	}
	const result = await comparePng(actual, await readFile(baselineFile));
	if (result.match) return undefined;
	await writeFile(actualFile, actual);
	let files = relative(PROJECT_ROOT, actualFile);
	if (result.diffPng) {
		await writeFile(diffFile, result.diffPng);
		files += ` and ${relative(PROJECT_ROOT, diffFile)}`;
	}
	return `${shot.name}: ${result.reason}; see ${files}`;
}
