import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// A store's custom stylesheet imports a file that does not exist: the build fails half-way, after
// Astro has started writing pages. The site that was there must still be there, whole.
let root: string;
let config: string;

beforeAll(async () => {
	config = await readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', 'astro.config.mjs'), 'utf8');
	root = await scratchSite('atomic-build', { 'src/styles/store.css': 'a { color: #1d4ed8; }\n' });
	await writeFile(join(root, 'astro.config.mjs'), config.replace('articleCards: true },', "articleCards: true, customCss: ['./src/styles/store.css'] },"));
	const first = await buildSite(root);
	expect(first.code, first.output).toBe(0);
});

describe('npm run build', () => {
	it('keeps the last good site in dist/ when a build fails, and replaces it whole when one succeeds', async () => {
		const dist = join(root, 'dist');
		const home = await readFile(join(dist, 'tr', 'index.html'), 'utf8');
		// Stands for what a server or sync job is reading from dist/ right now.
		await writeFile(join(dist, 'served-before.txt'), 'the last good site');

		await writeFile(join(root, 'src', 'styles', 'store.css'), '@import "./missing-theme.css";\na { color: #1d4ed8; }\n');
		const failed = await buildSite(root, [], { keepOutput: true });
		expect(failed.code).not.toBe(0);
		expect(failed.output).toMatch(/missing-theme\.css/);
		expect(await readFile(join(dist, 'tr', 'index.html'), 'utf8')).toBe(home);
		expect(await readFile(join(dist, 'served-before.txt'), 'utf8')).toBe('the last good site');
		expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);

		await writeFile(join(root, 'src', 'styles', 'store.css'), 'a { color: #1d4ed8; }\n');
		const fixed = await buildSite(root, [], { keepOutput: true });
		expect(fixed.code, fixed.output).toBe(0);
		expect(existsSync(join(dist, 'served-before.txt')), 'the new build replaced the folder, not merged into it').toBe(false);
		expect(existsSync(join(dist, 'tr', 'index.html'))).toBe(true);
		expect(existsSync(join(root, '.dist-next')) || existsSync(join(root, '.dist-previous'))).toBe(false);
	});
});
