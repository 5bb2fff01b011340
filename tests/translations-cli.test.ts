import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TranslationStatus } from '../src/translations/status-types.ts';
import { runTranslationsCli } from '../src/translations/translations-cli.ts';
import type { WorkList } from '../src/translations/work-list.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// A translation whose frontmatter has what a --mark must keep: comments, quotes, a block list.
const KARGO_EN = `---
# Translated by Ayşe, checked by Tom
title: "Where is my parcel?"
description: Track your parcel with its tracking number.   # shortened
updated: 2026-08-21
related:
  - iade/iade-sureci
---

The tracking number is in your e-mail.

## Finding a branch

Find the nearest branch on the map.
`;
const FILES = {
	'content/en/kargo/kargo-takibi.md': KARGO_EN,
	'content/en/iade/eski-makale.md': '---\ntitle: Old\ndescription: Its source was deleted.\nupdated: 2026-01-01\n---\n\nOld.\n',
	'content/ar/kargo/kargo-takibi.md': '---\ntitle: أين طردي؟\ndescription: تتبع الطرد.\nupdated: 2026-08-21\ndraft: true\n---\n\nنص.\n',
};

let root: string;
const file = (path: string) => readFile(join(root, path), 'utf8');

/** Runs the CLI in this process, as `npm run translations` would in the scratch project. */
async function cli(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runTranslationsCli(argv, { root, cwd: root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
	return { code, stdout, stderr };
}
async function status(): Promise<TranslationStatus> {
	const { code, stdout, stderr } = await cli('--format', 'json');
	expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
	return JSON.parse(stdout) as TranslationStatus;
}
const stateOf = (s: TranslationStatus, locale: string, id: string) => s.locales.find((l) => l.locale === locale)!.articles.find((a) => a.id === id)!.state;

beforeEach(async () => {
	root = await scratchSite('translations-cli', FILES);
});

describe('npm run translations', () => {
	it('counts translated, outdated, untracked and missing articles per locale, with orphans', async () => {
		const s = await status();
		expect(s.sourceLocale).toBe('tr');
		// iade-sureci, para-iadesi and kargo-takibi; taslak is a draft.
		expect(s.sourceCount).toBe(3);
		expect(s.locales.map((l) => [l.locale, l.total, l.counts])).toEqual([
			['en', 3, { translated: 0, outdated: 0, untracked: 2, missing: 1 }],
			['ar', 3, { translated: 0, outdated: 0, untracked: 1, missing: 2 }],
		]);
		expect(s.locales[0]!.orphans).toEqual([{ id: 'iade/eski-makale', file: 'content/en/iade/eski-makale.md' }]);
		expect(s.locales[1]!.articles.find((a) => a.id === 'kargo/kargo-takibi')).toEqual({
			id: 'kargo/kargo-takibi',
			state: 'missing',
			source: 'content/tr/kargo/kargo-takibi.md',
			file: 'content/ar/kargo/kargo-takibi.md',
			draft: true,
			sourceHash: expect.stringMatching(/^[0-9a-f]{12}$/) as string,
			recordedHash: null,
			sourceUpdated: '2026-08-20',
			translationUpdated: '2026-08-21',
		});
	});

	it('prints the table, the orphan as a file:line warning and what to do next', async () => {
		const { code, stdout, stderr } = await cli();
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toContain('Translations of 3 published tr articles\n\nlocale  translated  outdated  untracked  missing  orphans\n');
		expect(stdout).toContain('\nen          0 (0%)    0 (0%)    2 (67%)  1 (33%)        1\n');
		expect(stdout).toContain('\nar          0 (0%)    0 (0%)    1 (33%)  2 (67%)        0\n');
		expect(stdout).toContain('warning: content/en/iade/eski-makale.md:1:1  translation of "iade/eski-makale", which has no tr article');
		expect(stdout).toContain('3 translations do not record which version of the source they translate');
	});

	it('round-trips sourceHash: marked is translated, an edited source makes it outdated, marking again makes it current', async () => {
		const marked = await cli('--mark', 'content/en/kargo/kargo-takibi.md');
		expect(marked.stderr).toBe('');
		expect(marked.stdout).toMatch(/^Marked content\/en\/kargo\/kargo-takibi\.md: sourceHash [0-9a-f]{12} \(was not tracked\)\n$/);
		const hash = marked.stdout.match(/sourceHash ([0-9a-f]{12})/)![1]!;
		// One line more after the last key; every other byte as the translator wrote it.
		expect(await file('content/en/kargo/kargo-takibi.md')).toBe(KARGO_EN.replace('  - iade/iade-sureci\n', `  - iade/iade-sureci\nsourceHash: '${hash}'\n`));
		expect(stateOf(await status(), 'en', 'kargo/kargo-takibi')).toBe('translated');

		// A new date alone is not a new text to translate.
		const source = await file('content/tr/kargo/kargo-takibi.md');
		await writeFile(join(root, 'content/tr/kargo/kargo-takibi.md'), source.replace('updated: 2026-08-20', 'updated: 2026-09-01'));
		expect(stateOf(await status(), 'en', 'kargo/kargo-takibi')).toBe('translated');

		await writeFile(
			join(root, 'content/tr/kargo/kargo-takibi.md'),
			source.replace('updated: 2026-08-20', 'updated: 2026-11-02').replace('haritadan bulabilirsiniz.', 'haritadan veya uygulamadan bulabilirsiniz.'),
		);
		const outdated = await status();
		expect(stateOf(outdated, 'en', 'kargo/kargo-takibi')).toBe('outdated');
		expect(outdated.locales[0]!.counts).toEqual({ translated: 0, outdated: 1, untracked: 1, missing: 1 });
		const missing = await cli('--missing', 'en');
		expect(missing.stdout).toContain('Outdated (1): the tr source changed after it was translated');
		expect(missing.stdout).toContain(
			'content/en/kargo/kargo-takibi.md  source content/tr/kargo/kargo-takibi.md (source updated 2026-11-02, translation 2026-08-21)',
		);

		const again = await cli('--mark', 'content/en/kargo/kargo-takibi.md');
		const newHash = again.stdout.match(/sourceHash ([0-9a-f]{12})/)![1]!;
		expect(newHash).not.toBe(hash);
		expect(again.stdout).toContain(`(was ${hash})`);
		expect(await file('content/en/kargo/kargo-takibi.md')).toBe(KARGO_EN.replace('  - iade/iade-sureci\n', `  - iade/iade-sureci\nsourceHash: '${newHash}'\n`));
		expect(stateOf(await status(), 'en', 'kargo/kargo-takibi')).toBe('translated');
		expect((await cli('--mark', 'content/en/kargo/kargo-takibi.md')).stdout).toContain('(already up to date)');
	});

	it('lists what a translator of one locale should do next, as text and as JSON', async () => {
		const text = await cli('--missing', 'ar');
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('ar: 3 of 3 published tr articles need work');
		expect(text.stdout).toMatch(
			/Missing \(2\): .*\n {2}content\/tr\/iade\/para-iadesi\.md +-> content\/ar\/iade\/para-iadesi\.md\n {2}content\/tr\/kargo\/kargo-takibi\.md +-> content\/ar\/kargo\/kargo-takibi\.md {2}\(a draft is started\)\n/,
		);
		expect(text.stdout).toMatch(/Not tracked \(1\): .*\n {2}content\/ar\/iade\/iade-sureci\.md {2}source content\/tr\/iade\/iade-sureci\.md\n/);

		const json = await cli('--missing', 'en', '--format', 'json');
		const list = JSON.parse(json.stdout) as WorkList;
		expect(list).toMatchObject({ locale: 'en', sourceLocale: 'tr', total: 3, outdated: [], orphans: [{ id: 'iade/eski-makale' }] });
		expect(list.missing.map((i) => i.source)).toEqual(['content/tr/iade/para-iadesi.md']);
		expect(list.untracked.map((i) => i.file)).toEqual(['content/en/iade/iade-sureci.md', 'content/en/kargo/kargo-takibi.md']);
	});

	it('refuses to mark sources, orphans and files outside the content, and then marks nothing', async () => {
		const { code, stdout, stderr } = await cli(
			'--mark',
			'content/en/iade/iade-sureci.md',
			'content/tr/iade/iade-sureci.md',
			'content/en/iade/eski-makale.md',
			'content/en/iade/yok.md',
			'README.md',
		);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toEqual([
			'npm run translations: content/tr/iade/iade-sureci.md is in the default locale (tr): it is a source, not a translation; mark its translations instead, e.g. content/en/iade/iade-sureci.md',
			"npm run translations: content/en/iade/eski-makale.md has no source: content/tr/iade/eski-makale.md does not exist; rename the translation to match its source's path",
			'npm run translations: content/en/iade/yok.md does not exist',
			'npm run translations: README.md is not an article in content/ (expected content/<locale>/<category>/<slug>.md)',
			'npm run translations: nothing was marked.',
		]);
		expect(await file('content/en/iade/iade-sureci.md')).not.toContain('sourceHash');
	});
});

describe('npm run translations errors', () => {
	it.each([
		[['--missing', 'tr'], 2, '--missing tr: tr is the source language; pick a locale to translate into (en, ar)'],
		[['--missing', 'de'], 2, '--missing de is not a locale of this help center (en, ar)'],
		[['--format', 'xml'], 2, '--format must be one of text, json (got "xml")'],
		[['--mark'], 2, '--mark needs the translation files to mark'],
		[['--root', 'nowhere'], 1, 'nowhere has no astro.config.mjs; run this in the help center project or pass --root.'],
	])('%j exits with %i and one line', async (args, exitCode, message) => {
		const { code, stdout, stderr } = await cli('--root', '.', ...args);
		expect(code).toBe(exitCode);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr.trimEnd().split('\n'), 'one line, no stack trace').toHaveLength(1);
	});

	it('exits with 0 when translations are outdated or missing: status is information, through the real script', () => {
		const result = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'node'), [join(PROJECT_ROOT, 'scripts', 'translations.mjs'), '--root', '.'], {
			cwd: root,
			encoding: 'utf8',
		});
		expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
		expect(result.stdout).toContain('Translations of 3 published tr articles');
	});
});
