import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
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
	return runNode(ASTRO_BIN, ['build', '--root', root, ...extraArgs], {
		cwd: root,
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
	});
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
 * center: search quality, gap suite, sample site…): the first builds, the others find it done and
 * get its output. Test files run two at a time, so the build is held by a lock: a second file
 * waits for the first one's build instead of building over it. Any other build of the same root in
 * between (`buildSite`) makes the next one build again.
 */
export async function buildSiteOnce(root: string): Promise<BuildResult> {
	return withBuildLock(root, async () => {
		const stamp = stampOf(root);
		const built = TEST_RUN && existsSync(join(root, 'dist')) ? readStamp(stamp) : undefined;
		if (built && built.run === TEST_RUN) return { code: 0, output: built.output };
		const result = await buildSite(root);
		if (result.code === 0 && TEST_RUN) writeFileSync(stamp, JSON.stringify({ run: TEST_RUN, output: result.output }));
		return result;
	});
}

/** Runs `work` while holding the build lock of `root` (a folder: creating it is atomic), taken over from a process that died holding it. */
async function withBuildLock<T>(root: string, work: () => Promise<T>): Promise<T> {
	const lock = `${stampOf(root)}.lock`;
	mkdirSync(dirname(lock), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
			else await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return await work();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

function holderAlive(lock: string): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
	} catch {
		// Just created, its pid being written; or left by a process that died right then.
		try {
			return Date.now() - statSync(lock).mtimeMs < 10_000;
		} catch {
			return false; // released meanwhile
		}
	}
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** What the shared build of a root left: the run that made it and its output; undefined when none or unreadable. */
function readStamp(stamp: string): { run: string; output: string } | undefined {
	try {
		return JSON.parse(readFileSync(stamp, 'utf8')) as { run: string; output: string };
	} catch {
		return undefined;
	}
}

function stampOf(root: string): string {
	return join(PROJECT_ROOT, 'tests', '.output', `build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.stamp`);
}
