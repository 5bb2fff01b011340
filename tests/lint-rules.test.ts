import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules of .dependency-cruiser.cjs (part of `npm run lint`), run on a copy of src/ with
// violations planted in it: each must be caught, and the real tree must pass.
const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

interface Violation {
	rule: { name: string };
	from: string;
	to: string;
	cycle?: Array<{ name: string }>;
}

let project: string;

async function cruise(): Promise<Violation[]> {
	const { stdout } = await run(
		process.execPath,
		[join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
		{
			cwd: project,
			maxBuffer: 64 * 1024 * 1024,
		},
	).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
	return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

async function plant(file: string, text: string): Promise<void> {
	await mkdir(dirname(join(project, file)), { recursive: true });
	await writeFile(join(project, file), text);
}

beforeAll(async () => {
	project = await mkdtemp(join(tmpdir(), 'destek-lint-'));
	await cp(join(root, 'src'), join(project, 'src'), { recursive: true });
	for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) await cp(join(root, file), join(project, file));
	await symlink(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
});

afterAll(async () => {
	await rm(project, { recursive: true, force: true });
});

describe('the layer rules', () => {
	it('pass on the real source tree', async () => {
		expect(await cruise()).toEqual([]);
	});

	it('catch a planted cycle, a type-only import included, and browser or server code importing what it must not', async () => {
		// A cycle whose one direction is `import type`: invisible at run time, still a knot for readers.
		await plant('src/search/planted-a.ts', "import type { B } from './planted-b.ts';\nexport interface A { b?: B }\n");
		await plant('src/search/planted-b.ts', "import type { A } from './planted-a.ts';\nexport interface B { a?: A }\n");
		await plant('src/client/planted.ts', "import { loadSiteSettings } from '../site/site-settings.ts';\nexport const settings = loadSiteSettings;\n");
		await plant('src/server/planted.ts', "import Icon from '../components/Icon.astro';\nexport { Icon };\n");
		await plant('src/markdown/planted.ts', "import { markdownProcessor } from '../integration/markdown.ts';\nexport { markdownProcessor };\n");

		const violations = await cruise();
		const found = (rule: string, from: string) => violations.some((violation) => violation.rule.name === rule && violation.from === from);
		expect(found('no-cycles', 'src/search/planted-a.ts') || found('no-cycles', 'src/search/planted-b.ts')).toBe(true);
		expect(found('browser-code-stays-browser-code', 'src/client/planted.ts')).toBe(true);
		expect(found('browser-code-without-node', 'src/client/planted.ts') || found('browser-code-stays-browser-code', 'src/client/planted.ts')).toBe(true);
		expect(found('server-without-pages', 'src/server/planted.ts')).toBe(true);
		expect(found('markdown-below-integration', 'src/markdown/planted.ts')).toBe(true);
		// Nothing else in the tree is reported: only the planted files.
		expect(violations.every((violation) => violation.from.includes('planted') || violation.cycle?.some((step) => step.name.includes('planted')))).toBe(true);
	});
});
