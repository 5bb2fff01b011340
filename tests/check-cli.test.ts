import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCli } from '../src/content-checks/check-cli.ts';
import { runNewCli } from '../src/scaffold/new-cli.ts';
import { sourceHash } from '../src/translations/source-hash.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// `npm run check` on copies of the `basic` fixture, through the real script.
const fixtureFile = (path: string) => readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', path), 'utf8');

/** `npm run check` in-process (what scripts/check.mjs calls); the last test runs the real script. */
async function check(root: string, ...flags: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runCheckCli(['--root', root, ...flags], { root: PROJECT_ROOT, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
	return { code, stdout, stderr, lines: stdout.split('\n') };
}

/** The fixture without its deliberate raw <script> (which the markdown tests need). */
async function cleanArticle() {
	return (await fixtureFile('content/tr/iade/iade-sureci.md')).replace("<script>alert('x')</script>\n\n", '');
}

describe('npm run check', () => {
	it('prints nothing but the translation table and the summary for clean content', async () => {
		const root = await scratchSite('check-clean', { 'content/tr/iade/iade-sureci.md': await cleanArticle() });
		const result = await check(root, '--strict');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/Errors|Warnings/);
		expect(result.lines[0]).toBe('Translations of 3 published tr articles');
		expect(result.lines.at(-2)).toMatch(/^Checked 6 articles in 3 locales in \d+\.\d s: 0 errors, 0 warnings\.$/);
	});

	it('reports every mistake at once with file, line, column, message and fix, and exits 1', async () => {
		const article = (await cleanArticle())
			.replace('related: [kargo/kargo-takibi, iade/para-iadesi]', 'related: [kargo/kargo-takibi, iade/yok]')
			.replace('#şube-bulma', '#sube-yok')
			.replace('![İade kodu ekranı](./iade-kodu.png)', '![](./iade-kodu.png) ![Ekran](./ekran.png) [yukarı](#adimlar)')
			.replace('## Süreler', '# Süreler\n\n#### Kartla ödeme\n\n## Boş bölüm\n\n## Tablo')
			.replace('Ayrıntılar için', 'Ayrıntılar <b>için</b> <iframe src="https://video.example/x"></iframe>');
		const root = await scratchSite('check-mistakes', {
			'content/tr/iade/iade-sureci.md': article,
			'content/tr/kargo/kargo-takibi.md': (await fixtureFile('content/tr/kargo/kargo-takibi.md')).replace('updated: 2026-08-20', 'updated: 2024-01-15'),
			'content/ar/kargo/_category.yml': null,
			'content/tr/iade/para-iadesi.md': (await fixtureFile('content/tr/iade/para-iadesi.md')).replace(
				/^description: .*$/m,
				`description: ${'Uzun bir açıklama '.repeat(10)}`,
			),
		});
		const result = await check(root);
		expect(result.code).toBe(1);
		const file = 'content/tr/iade/iade-sureci.md';
		expect(result.lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^content\/tr\/iade\/para-iadesi\.md:3:1 {2}description: shorten the description to 160 characters or fewer/),
				`${file}:8:1  related: no article "iade/yok" in tr  (use an id "<category>/<slug>" of an existing article, e.g. "iade/iade-sureci")`,
				`${file}:17:11  link "../kargo/kargo-takibi.md#sube-yok": content/tr/kargo/kargo-takibi.md has no section "#sube-yok"  (use one of its anchors: #şube-bulma)`,
				`${file}:27:1  a second H1 "Süreler": the title is already the page's H1  (use ## for sections)`,
				expect.stringMatching(/^content\/tr\/iade\/iade-sureci\.md:\d+:1 {2}image "\.\/iade-kodu\.png" has no alt text/),
				expect.stringMatching(/^content\/tr\/iade\/iade-sureci\.md:\d+:\d+ {2}image "\.\/ekran\.png" not found/),
				expect.stringMatching(
					/^content\/tr\/iade\/iade-sureci\.md:\d+:\d+ {2}link "#adimlar": this article has no section "#adimlar" {2}\(use one of its anchors: #iade-adımları/,
				),
			]),
		);
		const warnings = result.lines.slice(result.lines.findIndex((line) => line.startsWith('Warnings')));
		expect(warnings).toEqual(
			expect.arrayContaining([
				`${file}:29:1  heading "Kartla ödeme" jumps from h1 to h4  (use ## here, so the outline has no gap)`,
				`${file}:31:1  section "Boş bölüm" is empty  (write its text under the heading, or remove the heading)`,
				// <b> is kept (sanitized); an iframe from a host the config does not list is not.
				expect.stringMatching(
					/^content\/tr\/iade\/iade-sureci\.md:\d+:\d+ {2}raw HTML <iframe> is removed when the page is built {2}\(list the video host in markdown\.allowHtml\.iframeHosts/,
				),
				`content/tr/kargo/kargo-takibi.md:4:1  updated 2024-01-15 is ${Math.floor((Date.now() - Date.parse('2024-01-15')) / 86_400_000)} days ago (content.staleAfterDays: 365)  (check the article is still right, then set updated to today's date)`,
				'content/ar/kargo/_category.yml:1:1  category "kargo" has no title in ar (the tr title is shown)  (create content/ar/kargo/_category.yml with a line title: <the topic\'s name in ar>)',
			]),
		);
		expect(result.lines.at(-2)).toMatch(/: 7 errors, 6 warnings\.$/);
	});

	it('passes with warnings alone, and fails on them with --strict', async () => {
		const root = await scratchSite('check-warnings', {});
		expect((await check(root)).code).toBe(0);
		expect((await check(root, '--strict')).code).toBe(1);
	});

	it('lists UI strings a locale does not translate', async () => {
		const root = await scratchSite('check-ui-strings', {
			'content/tr/iade/iade-sureci.md': await cleanArticle(),
			'astro.config.mjs': (await fixtureFile('astro.config.mjs')).replace("localesDir: '../../../locales'", "localesDir: 'locales'"),
		});
		await cp(join(PROJECT_ROOT, 'locales'), join(root, 'locales'), { recursive: true });
		const en = JSON.parse(await readFile(join(root, 'locales/en/ui.json'), 'utf8')) as Record<string, string>;
		delete en['search.none'];
		await writeFile(join(root, 'locales/en/ui.json'), JSON.stringify(en));
		const result = await check(root, '--strict');
		expect(result.code).toBe(1);
		expect(result.lines).toContain(
			'locales/en/ui.json:1:1  UI string "search.none" is not translated (the tr text is shown)  (add "search.none" to a JSON file in locales/en/)',
		);
	});

	it('shows outdated and missing translations in the table', async () => {
		const source = await fixtureFile('content/tr/iade/iade-sureci.md');
		const translation = (await fixtureFile('content/en/iade/iade-sureci.md')).replace(
			'updated: 2026-10-01',
			`updated: 2026-10-01\nsourceHash: '${sourceHash(source)}'`,
		);
		const root = await scratchSite('check-translations', {
			'content/tr/iade/iade-sureci.md': source.replace('14 gün içinde iade', '30 gün içinde iade'),
			'content/en/iade/iade-sureci.md': translation,
		});
		const table = (await check(root)).lines;
		expect(table).toContainEqual(expect.stringMatching(/^en +0 \(0%\) +1 \(33%\) +0 \(0%\) +2 \(67%\) +0$/));
	});

	it('refuses a published article that still has the hints npm run new wrote', async () => {
		const root = await scratchSite('check-placeholders', { 'content/tr/iade/iade-sureci.md': await cleanArticle() });
		let problems = '';
		const created = await runNewCli(['--root', root, '--locale', 'tr', '--category', 'iade', 'Hediye paketi var mı?'], {
			root: PROJECT_ROOT,
			stdout: () => undefined,
			stderr: (text) => (problems += text),
		});
		expect(created, problems).toBe(0);
		const file = join(root, 'content/tr/iade/hediye-paketi-var-mi.md');
		expect((await check(root)).code).toBe(0); // a draft may hold hints
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^draft: true\n/m, ''));
		const result = await check(root);
		expect(result.code).toBe(1);
		expect(result.lines).toContainEqual(
			expect.stringMatching(/^content\/tr\/iade\/hediye-paketi-var-mi\.md:\d+:1 {2}the description is still the placeholder from npm run new/),
		);
		expect(result.lines).toContainEqual(
			expect.stringMatching(/^content\/tr\/iade\/hediye-paketi-var-mi\.md:\d+:1 {2}a hint from npm run new is still in the text/),
		);
	});

	it('explains wrong flags in one line with exit code 2, through the real script', () => {
		const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'check.mjs'), '--root', PROJECT_ROOT, '--strcit'], { encoding: 'utf8' });
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toBe('npm run check: unknown flag --strcit (allowed: --strict, --root, --help). See npm run check -- --help.\n');
	});
});
