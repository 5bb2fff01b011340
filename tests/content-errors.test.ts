import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

const fixtureFile = (path: string) => readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', path), 'utf8');

/** Builds the fixture with some files changed and returns what the writer would see. */
async function buildWith(name: string, files: Record<string, string | null>) {
	const root = await scratchSite(name, files);
	const result = await buildSite(root);
	expect(result.code, 'the build must fail').not.toBe(0);
	// A writer gets the problem list, never a stack trace into our code or Astro's.
	expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
	return result.output;
}

describe('invalid content fails the build with file, line, field and fix', () => {
	it('missing title', async () => {
		const article = (await fixtureFile('content/tr/iade/para-iadesi.md')).replace(/^title: .*\n/m, '');
		const output = await buildWith('missing-title', { 'content/tr/iade/para-iadesi.md': article });
		expect(output).toContain('content/tr/iade/para-iadesi.md:1:1  title: add a title');
		expect(output).toContain('1 content problem must be fixed');
	});

	it('unknown category', async () => {
		const output = await buildWith('unknown-category', { 'content/tr/yardim/soru.md': await fixtureFile('content/tr/iade/para-iadesi.md') });
		expect(output).toContain('content/tr/yardim/soru.md:1:1  unknown category "yardim"');
		expect(output).toContain('create content/tr/yardim/_category.yml with a title');
	});

	it('bad date', async () => {
		const article = (await fixtureFile('content/tr/iade/para-iadesi.md')).replace(/^updated: .*$/m, 'updated: 2026-13-45');
		const output = await buildWith('bad-date', { 'content/tr/iade/para-iadesi.md': article });
		expect(output).toContain('content/tr/iade/para-iadesi.md:4:1  updated: 2026-13-45 is not a real calendar date; write it as YYYY-MM-DD');
	});

	it('duplicate id', async () => {
		const output = await buildWith('duplicate-id', { 'content/tr/iade/para-iadesi.markdown': await fixtureFile('content/tr/iade/para-iadesi.md') });
		expect(output).toMatch(/content\/tr\/iade\/para-iadesi\.(md|markdown):1:1 {2}duplicate article id "iade\/para-iadesi"/);
	});

	it('broken relative link', async () => {
		const article = (await fixtureFile('content/tr/iade/para-iadesi.md')).replace('./iade-sureci.md', './iade-sureci-eski.md');
		const output = await buildWith('broken-link', { 'content/tr/iade/para-iadesi.md': article });
		expect(output).toMatch(
			/content\/tr\/iade\/para-iadesi\.md:\d+:\d+ {2}broken link "\.\/iade-sureci-eski\.md#iade-adımları": no article tr\/iade\/iade-sureci-eski\.md/,
		);
	});

	it('link to a section that does not exist, with the same words as npm run check', async () => {
		const article = (await fixtureFile('content/tr/iade/iade-sureci.md')).replace('#şube-bulma', '#sube-yok');
		const output = await buildWith('broken-anchor', { 'content/tr/iade/iade-sureci.md': article });
		expect(output).toContain(
			'content/tr/iade/iade-sureci.md:17:11  link "../kargo/kargo-takibi.md#sube-yok": content/tr/kargo/kargo-takibi.md has no section "#sube-yok"  (use one of its anchors: #şube-bulma)',
		);
	});

	it('invalid option in astro.config.mjs', async () => {
		const config = (await fixtureFile('astro.config.mjs')).replace("accentColor: '#1d4ed8'", "accentColor: 'blue'");
		const output = await buildWith('bad-config', { 'astro.config.mjs': config });
		expect(output).toContain('Invalid destek() options in astro.config.mjs');
		expect(output).toMatch(/brand\.accentColor(\*\*)?: use a hex color such as "#0b6e4f" \(got "blue"\)/);
	});
});
