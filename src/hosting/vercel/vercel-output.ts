import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectorPath } from '../../analytics/event-limits.ts';
import { parseHeadersFile } from '../security-headers.ts';

/** Vercel's runtime for the function; the bundle itself runs on Node 22 and later. */
const FUNCTION_RUNTIME = 'nodejs24.x';
const LAUNCHER = fileURLToPath(new URL('./node-launcher.ts', import.meta.url));

export interface VercelOutputOptions {
	/** The built site (`dist/`). */
	dist: string;
	/** Where to write, `.vercel/output` in the project. */
	output: string;
	base: string;
	locales: string[];
}

/**
 * The site and its collector in Vercel's Build Output API (v3), which Vercel deploys as it is when
 * the build command writes it. Vercel only finds function files in `api/` at the project's root,
 * and compiles them in a way that breaks this project's `.ts` imports; so the collector is bundled
 * here into one self-contained file at `<base>api/search-events`. `config.json` carries what
 * Vercel does not read from `dist/`: the `_headers` rules and each locale's 404 page.
 */
export async function writeVercelOutput({ dist, output, base, locales }: VercelOutputOptions): Promise<{ functionDir: string }> {
	await rm(output, { recursive: true, force: true });
	// Rules for Netlify and Cloudflare, not pages: `_headers` becomes routes below; of `_redirects`,
	// the 404 pages do too, and `/` keeps its JavaScript language picker.
	const ruleFiles = new Set(['_headers', '_redirects'].map((name) => join(dist, name)));
	await cp(dist, join(output, 'static'), { recursive: true, filter: (source) => !ruleFiles.has(source) });

	const functionDir = join(output, 'functions', `${collectorPath(base).slice(1)}.func`);
	await build({
		entryPoints: [LAUNCHER],
		outfile: join(functionDir, 'index.mjs'),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'warning',
	});
	await writeJson(join(functionDir, '.vc-config.json'), { runtime: FUNCTION_RUNTIME, handler: 'index.mjs', launcherType: 'Nodejs', shouldAddHelpers: false });

	const headerRules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8').catch(() => ''));
	await writeJson(join(output, 'config.json'), {
		version: 3,
		routes: [
			...headerRules.map(({ pattern, headers }) => ({ src: pattern.source, headers, continue: true })),
			{ handle: 'filesystem' },
			...locales.map((locale) => ({ src: `^${escape(`${base}${locale}/`)}.*$`, status: 404, dest: `${base}${locale}/404.html` })),
			{ src: '^/.*$', status: 404, dest: `${base}404.html` },
		],
	});
	return { functionDir };
}

function writeJson(file: string, value: unknown): Promise<void> {
	return writeFile(file, `${JSON.stringify(value, null, '\t')}\n`);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
