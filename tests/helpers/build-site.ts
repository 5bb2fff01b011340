import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runNode } from './run-node.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
	code: number;
	/** stdout and stderr together, colors off. */
	output: string;
}

/**
 * Runs a real `astro build` of the site at `root` in a child process (with the Node that runs the
 * tests, Node 24 under `npm test`), from a clean cache so every run renders from scratch; the
 * previous output is removed first unless `keepOutput`.
 */
export async function buildSite(root: string, extraArgs: string[] = [], { keepOutput = false }: { keepOutput?: boolean } = {}): Promise<BuildResult> {
	rmSync(stampOf(root), { force: true }); // whatever is in dist/ now is no longer that shared build
	if (!keepOutput) await rm(join(root, 'dist'), { recursive: true, force: true });
	await rm(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
	return runNode(ASTRO_BIN, ['build', '--root', root, ...extraArgs], { cwd: root, env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' } });
}

/** Vitest sets NODE_ENV=test, DEV, BASE_URL…; a build must not inherit them. */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['NODE_ENV', 'BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR', 'ASSETS_PREFIX']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
	return env;
}

/** Set once per `vitest run` (vitest.config.ts) and inherited by every test file's process. */
const TEST_RUN = process.env.DESTEK_TEST_RUN;

/**
 * A plain build of `root` shared by the test files of one run that only read it (the sample help
 * center: search quality, gap suite, sample site): the first builds, the others find it done. Any
 * other build of the same root in between (`buildSite`) makes the next one build again.
 */
export async function buildSiteOnce(root: string): Promise<BuildResult> {
	const stamp = stampOf(root);
	if (TEST_RUN && existsSync(stamp) && readFileSync(stamp, 'utf8') === TEST_RUN && existsSync(join(root, 'dist'))) return { code: 0, output: 'built earlier in this test run' };
	const result = await buildSite(root);
	if (result.code === 0 && TEST_RUN) {
		mkdirSync(join(PROJECT_ROOT, 'tests', '.output'), { recursive: true });
		writeFileSync(stamp, TEST_RUN);
	}
	return result;
}

function stampOf(root: string): string {
	return join(PROJECT_ROOT, 'tests', '.output', `build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.stamp`);
}
