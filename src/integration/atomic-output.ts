import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Builds go to a sibling folder (`.dist-next/` for `dist/`) and replace the output folder only once
 * everything is written, so a failed build leaves the last good site in place for the server or sync
 * job that reads it. The swap is two renames on the same disk; the old site is removed after.
 */
export function atomicOutput(outDir: string) {
	const next = join(dirname(outDir), `.${basename(outDir)}-next`);
	const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
	return {
		outDir,
		/** Where Astro writes this build. */
		next,
		/** Leftovers of a build that failed or was killed. */
		async clean(): Promise<void> {
			await Promise.all([rm(next, { recursive: true, force: true }), rm(previous, { recursive: true, force: true })]);
		},
		/** The finished build becomes `outDir`. */
		async publish(): Promise<void> {
			await rm(previous, { recursive: true, force: true });
			if (existsSync(outDir)) await rename(outDir, previous);
			await rename(next, outDir);
			await rm(previous, { recursive: true, force: true });
		},
	};
}
