import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What the last build was made for, written by the integration when a build is done and read first
 * by `loadSiteSettings` (see base-path.ts): `astro build --base /docs/` puts pages under a base the
 * config does not name. Kept next to Astro's own files in `.astro/`, not in `dist/`, so it is never deployed.
 */
export interface BuildInfo {
	/** `/` or `/docs/`. */
	base: string;
	/** Absolute path of the output folder it describes. */
	dist: string;
}

const FILE = join('.astro', 'destek-build.json');

export function writeBuildInfo(root: string, info: BuildInfo): void {
	mkdirSync(join(root, '.astro'), { recursive: true });
	writeFileSync(join(root, FILE), `${JSON.stringify({ ...info, dist: resolve(info.dist) }, null, 2)}\n`);
}

/** The info of the build in `dist`, or undefined when there is none (or it describes another folder). */
export function readBuildInfo(root: string, dist: string): BuildInfo | undefined {
	try {
		const info = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as Partial<BuildInfo>;
		return typeof info.base === 'string' && info.dist === resolve(dist) ? { base: info.base, dist: info.dist } : undefined;
	} catch {
		return undefined;
	}
}
