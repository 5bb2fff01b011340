import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../src/content-checks/frontmatter.ts';
import { localDate } from '../src/scaffold/local-date.ts';
import { ArticleFrontmatterSchema } from '../src/schemas/article.ts';
import type { TranslationStatus } from '../src/translations/status-types.ts';
import { sourceHash } from '../src/translations/source-hash.ts';
import { runNewCli } from '../src/scaffold/new-cli.ts';
import { runTranslationsCli } from '../src/translations/translations-cli.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(PROJECT_ROOT, 'scripts', 'new.mjs');

let root: string;
const read = (path: string) => readFile(join(root, path), 'utf8');

/**
 * Runs `npm run new` against the scratch project in-process (what scripts/new.mjs calls), so each
 * call costs no Node start; one test below runs the real script.
 */
async function cli(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runNewCli(['--root', root, ...argv], {
		root: PROJECT_ROOT,
		cwd: PROJECT_ROOT,
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
	});
	return { code, stdout, stderr };
}

/** A failed run: one plain line on stderr, nothing on stdout, never a stack trace. */
function expectOneLineError(result: Awaited<ReturnType<typeof cli>>, code: number, message: RegExp) {
	expect({ code: result.code, stdout: result.stdout }).toEqual({ code, stdout: '' });
	expect(result.stderr).toMatch(/^npm run new: [^\n]+\n$/);
	expect(result.stderr).toMatch(message);
	expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** The frontmatter as the build reads it; fails the test when the schema rejects it. */
async function frontmatterOf(path: string) {
	const parsed = parseFrontmatter(await read(path));
	expect(parsed.errors).toEqual([]);
	return { ...ArticleFrontmatterSchema.parse(parsed.data), body: parsed.body };
}

beforeEach(async () => {
	// The basic fixture with German added, to see German spelling and a locale without categories.
	const config = await readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', 'astro.config.mjs'), 'utf8');
	const withGerman = config.replace("ar: { label: 'العربية', dir: 'rtl' } }", "ar: { label: 'العربية', dir: 'rtl' }, de: { label: 'Deutsch' } }");
	expect(withGerman).not.toBe(config);
	root = await scratchSite('new-cli', { 'astro.config.mjs': withGerman });
});

describe('npm run new', () => {
	it('creates a draft article named after its title, with valid frontmatter dated today and an FAQ block', async () => {
		const before = localDate(new Date());
		const result = await cli('--locale', 'tr', '--category', 'iade', 'İade ve değişim nasıl yapılır?');
		const after = localDate(new Date());
		expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(/^Created content\/tr\/iade\/iade-ve-degisim-nasil-yapilir\.md \(a draft\)\.\n/);
		expect(result.stdout).toMatch(/Next:\n {2}1\. Open content\/tr\/iade\/iade-ve-degisim-nasil-yapilir\.md/);
		expect(result.stdout).toContain('delete the line draft: true and run npm run check');

		const article = await frontmatterOf('content/tr/iade/iade-ve-degisim-nasil-yapilir.md');
		expect(article).toMatchObject({ title: 'İade ve değişim nasıl yapılır?', draft: true, tags: [], keywords: [] });
		expect([before, after]).toContain(article.updated.toISOString().slice(0, 10));
		expect(article.body).toMatch(/\n:::faq\n### [^\n]+\?\n[^\n]+\n\n### [^\n]+\?\n[^\n]+\n:::\n$/);
		expect(article.body).toContain('## Sık sorulan sorular');
	});

	it('numbers the file name when the title is taken, and says so', async () => {
		expect((await cli('--category', 'iade', 'İade nasıl yapılır')).code).toBe(0);
		const second = await cli('--category', 'iade', 'İade nasıl yapılır');
		expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
		expect(second.stdout).toMatch(/^Created content\/tr\/iade\/iade-nasil-yapilir-2\.md/);
		expect(second.stdout).toContain('Note: content/tr/iade/iade-nasil-yapilir.md already exists, so this article is iade-nasil-yapilir-2.md');
		expect((await frontmatterOf('content/tr/iade/iade-nasil-yapilir-2.md')).title).toBe('İade nasıl yapılır');
	});

	it('spells a German title the German way and notes the missing source and topic file', async () => {
		const result = await cli('--locale', 'de', '--category', 'iade', 'Rücksendung', '&', 'Größe:', '"schnell"');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Created content\/de\/iade\/ruecksendung-groesse-schnell\.md/);
		expect(result.stdout).toContain('Note: There is no tr article with this path');
		expect(result.stdout).toContain('Note: content/de/iade/_category.yml does not exist yet');
		const article = await frontmatterOf('content/de/iade/ruecksendung-groesse-schnell.md');
		expect(article.title).toBe('Rücksendung & Größe: "schnell"');
		expect(article.body).toContain('## Häufige Fragen');
	});

	it('asks for --slug when an Arabic title has no Latin letters, and uses it when given', async () => {
		const before = await readdir(join(root, 'content', 'ar', 'iade'));
		expectOneLineError(
			await cli('--locale', 'ar', '--category', 'iade', 'كيف أتتبع طلبي؟'),
			2,
			/the title "كيف أتتبع طلبي؟" has no Latin letters to make a file name from; add --slug/,
		);
		expect(await readdir(join(root, 'content', 'ar', 'iade'))).toEqual(before);
		const result = await cli('--locale', 'ar', '--category', 'iade', '--slug', 'siparis-takibi', 'كيف أتتبع طلبي؟');
		expect(result.code).toBe(0);
		const article = await frontmatterOf('content/ar/iade/siparis-takibi.md');
		expect(article.title).toBe('كيف أتتبع طلبي؟');
		expect(article.body).toContain('## الأسئلة الشائعة');
	});

	it('starts a translation at the source path with its text and the sourceHash of the source', async () => {
		const sourceText = await read('content/tr/kargo/kargo-takibi.md');
		const result = await cli('--translate-from', 'content/tr/kargo/kargo-takibi.md', '--locale', 'en', 'Where is my parcel?');
		expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
		expect(result.stdout).toContain(
			`Created content/en/kargo/kargo-takibi.md, a translation of content/tr/kargo/kargo-takibi.md (a draft, sourceHash ${sourceHash(sourceText)}).`,
		);
		const translation = await frontmatterOf('content/en/kargo/kargo-takibi.md');
		expect(translation).toMatchObject({
			title: 'Where is my parcel?',
			description: 'Kargo takip numarasıyla gönderinizi izleyin.',
			draft: true,
			sourceHash: sourceHash(sourceText),
		});
		expect(translation.body).toBe(parseFrontmatter(sourceText).body);
	});

	it('writes a sourceHash that npm run translations accepts once the draft line is deleted', async () => {
		expect((await cli('--translate-from', 'kargo/kargo-takibi', '--locale', 'en')).code).toBe(0);
		const file = join(root, 'content/en/kargo/kargo-takibi.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^# Draft:.*\ndraft: true\n/m, ''));
		let stdout = '';
		const code = await runTranslationsCli(['--format', 'json'], { root, cwd: root, stdout: (text) => (stdout += text), stderr: () => {} });
		expect(code).toBe(0);
		const en = (JSON.parse(stdout) as TranslationStatus).locales.find((l) => l.locale === 'en')!;
		expect(en.articles.find((a) => a.id === 'kargo/kargo-takibi')?.state).toBe('translated');
	});

	it('points the images of a translated article at the source images, so it still builds', async () => {
		const result = await cli('--translate-from', 'tr/iade/iade-sureci', '--locale', 'de');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Images and files still point at the originals (../../tr/iade/iade-kodu.png); to show de ones');
		const { body } = await frontmatterOf('content/de/iade/iade-sureci.md');
		const image = /!\[İade kodu ekranı\]\(([^)]+)\)/.exec(body)?.[1];
		expect(image).toBe('../../tr/iade/iade-kodu.png');
		expect(existsSync(resolve(dirname(join(root, 'content/de/iade/iade-sureci.md')), image!))).toBe(true);
		expect(body).toContain(':::faq\n### İade ücretli mi?');
	});

	it('refuses to replace an existing translation unless --force is given', async () => {
		const before = await read('content/en/iade/iade-sureci.md');
		expectOneLineError(
			await cli('--translate-from', 'tr/iade/iade-sureci', '--locale', 'en'),
			1,
			/content\/en\/iade\/iade-sureci\.md already exists; open it to go on translating, or add --force/,
		);
		expect(await read('content/en/iade/iade-sureci.md')).toBe(before);
		const forced = await cli('--translate-from', 'tr/iade/iade-sureci', '--locale', 'en', '--force');
		expect(forced.code).toBe(0);
		expect(forced.stdout).toMatch(/^Replaced content\/en\/iade\/iade-sureci\.md/);
		expect((await frontmatterOf('content/en/iade/iade-sureci.md')).sourceHash).toBe(sourceHash(await read('content/tr/iade/iade-sureci.md')));
	});

	it('translates from another translation only while it matches the default-locale article', async () => {
		// The fixture's English article records no sourceHash: it may be outdated.
		expectOneLineError(
			await cli('--translate-from', 'en/iade/iade-sureci', '--locale', 'de'),
			1,
			/content\/en\/iade\/iade-sureci\.md is not tracked .*--translate-from tr\/iade\/iade-sureci$/m,
		);
		expect((await cli('--translate-from', 'tr/iade/iade-sureci', '--locale', 'en', '--force')).code).toBe(0);
		const en = join(root, 'content/en/iade/iade-sureci.md');
		await writeFile(en, (await readFile(en, 'utf8')).replace('draft: true\n', ''));
		const result = await cli('--translate-from', 'en/iade/iade-sureci', '--locale', 'de');
		expect(result.code).toBe(0);
		expect((await frontmatterOf('content/de/iade/iade-sureci.md')).sourceHash).toBe(sourceHash(await read('content/tr/iade/iade-sureci.md')));
	});

	it('explains wrong flags and values in one line with exit code 2', async () => {
		expectOneLineError(
			await cli('--locale', 'tr', '--category', 'iade'),
			2,
			/the article needs a title, e\.g\. npm run new -- --locale tr --category iade "İade nasıl yapılır\?"/,
		);
		expectOneLineError(await cli('İade nasıl yapılır?'), 2, /--category is required/);
		expectOneLineError(
			await cli('--category', 'iadeler', 'x'),
			2,
			/"iadeler" is not a category; use one of: iade, kargo \(folders of content\/tr with a _category\.yml\)/,
		);
		expectOneLineError(
			await cli('--locale', 'fr', '--category', 'iade', 'x'),
			2,
			/--locale fr is not a locale of this help center; use one of: tr, en, ar, de/,
		);
		expectOneLineError(
			await cli('--translate-from', 'tr/iade/yok', '--locale', 'en'),
			2,
			/there is no article content\/tr\/iade\/yok\.md; the tr\/iade articles are: iade-sureci, para-iadesi, taslak/,
		);
		expectOneLineError(await cli('--translate-from', 'iade-sureci', '--locale', 'en'), 2, /--translate-from needs <locale>\/<category>\/<slug>/);
		expectOneLineError(await cli('--translate-from', 'tr/iade/iade-sureci', '--locale', 'tr'), 2, /--locale tr is the language of the source itself/);
		expectOneLineError(await cli('--translate-from', 'en/iade/iade-sureci', '--locale', 'tr'), 2, /--locale tr is the default language/);
		expectOneLineError(await cli('--title', 'x'), 2, /unknown flag --title/);
	});

	it('never takes a path that exists in any language, and fails with exit code 1 outside a project', async () => {
		expectOneLineError(
			await cli('--category', 'iade', '--slug', 'para-iadesi', 'x'),
			1,
			/content\/tr\/iade\/para-iadesi\.md already exists; choose another --slug/,
		);
		// Only an English file has this path, and the same path is the same article.
		expect((await cli('--locale', 'en', '--category', 'iade', '--slug', 'yalniz-ingilizce', 'Only English')).code).toBe(0);
		expectOneLineError(
			await cli('--category', 'iade', '--slug', 'yalniz-ingilizce', 'x'),
			1,
			/content\/en\/iade\/yalniz-ingilizce\.md already exists \(the same path in every language is the same article\)/,
		);
		const outside = spawnSync(NODE, [SCRIPT, '--root', join(root, 'content'), '--category', 'iade', 'x'], { encoding: 'utf8' });
		expectOneLineError(
			{ code: outside.status ?? -1, stdout: outside.stdout, stderr: outside.stderr },
			1,
			/has no astro\.config\.mjs; run this in the help center project or pass --root/,
		);
	});

	it('prints the usage with --help', async () => {
		const result = await cli('--help');
		expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(/^Usage: npm run new -- \[flags\] "<title>"/);
		expect(result.stdout).toContain('--translate-from <article>');
	});
});
