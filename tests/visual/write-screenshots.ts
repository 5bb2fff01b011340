import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { captureShot, pagePool } from './capture.ts';
import { BASELINES, README_SCREENSHOTS } from './paths.ts';
import { serveSample } from './sample-server.ts';
import { baselineShots, README_SHOTS, type Shot } from './shots.ts';

/** Where each set goes: by default the test baselines and the README's pictures. */
export interface Targets {
	baselines: string;
	readme: string;
	/** Delete the PNGs in `baselines` that no shot writes any more (a page renamed or dropped). */
	prune: boolean;
}

/**
 * Builds the sample help center from scratch, serves it and writes every shot: the 48 baselines of
 * tests/visual.test.ts and the README's pictures. Returns the files written.
 */
export async function writeScreenshots(targets: Targets, log: (line: string) => void = () => {}): Promise<string[]> {
	log('Building the sample help center…');
	const build = await buildSite(PROJECT_ROOT);
	if (build.code !== 0) throw new Error(`astro build failed (exit code ${build.code}):\n${build.output}`);
	const server = await serveSample();
	const browser = await launchBrowser();
	const pool = pagePool(browser);
	const written: string[] = [];
	try {
		const sets: Array<[string, Shot[]]> = [
			[targets.baselines, baselineShots()],
			[targets.readme, README_SHOTS],
		];
		for (const [dir, shots] of sets) {
			await mkdir(dir, { recursive: true });
			for (const shot of shots) {
				const png = await captureShot(await pool.pageFor(shot), server.origin, shot);
				const file = join(dir, `${shot.name}.png`);
				await writeFile(file, await forDisk(png));
				written.push(file);
				log(`  ${relative(PROJECT_ROOT, file)}`);
			}
		}
		if (targets.prune) {
			for (const file of await readdir(targets.baselines)) {
				if (!file.endsWith('.png') || written.includes(join(targets.baselines, file))) continue;
				await rm(join(targets.baselines, file));
				log(`  removed ${relative(PROJECT_ROOT, join(targets.baselines, file))}`);
			}
		}
	} finally {
		await pool.close();
		await browser.close();
		await server.close();
	}
	return written;
}

/** Lossless, so the test decodes the very pixels it was shot with; level 9 keeps the repository small. */
function forDisk(png: Buffer): Promise<Buffer> {
	return sharp(png).png({ compressionLevel: 9 }).toBuffer();
}

/** The default targets, the ones the test and README.md read. */
export const DEFAULT_TARGETS: Targets = { baselines: BASELINES, readme: README_SCREENSHOTS, prune: true };
