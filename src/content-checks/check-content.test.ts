import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';

const category = (title: string, extra = '') => `title: ${title}\ndescription: Açıklama\n${extra}`;
const article = (fields: string, body = 'Metin.') => `---\n${fields}\n---\n\n${body}\n`;
const ok = 'title: Başlık\ndescription: Kısa açıklama.\nupdated: 2026-10-01';

let root: string | undefined;
afterEach(async () => {
	if (root) await rm(root, { recursive: true, force: true });
	root = undefined;
});

/** Writes a content folder and checks it like the build does. */
async function check(files: Record<string, string>) {
	root = await mkdtemp(join(tmpdir(), 'destek-check-'));
	const base: Record<string, string> = { 'content/tr/iade/_category.yml': category('İade', 'icon: return\norder: 1'), ...files };
	for (const [path, text] of Object.entries(base)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	const { problems } = await checkContent({ root, contentDir: 'content', locales: ['tr', 'en'], defaultLocale: 'tr' });
	return problems.map(formatProblem);
}

describe('content check', () => {
	it('passes valid content', async () => {
		expect(await check({ 'content/tr/iade/iade-sureci.md': article(ok), 'content/en/iade/iade-sureci.md': article(ok) })).toEqual([]);
	});

	it('reports a missing title at the frontmatter with an example', async () => {
		expect(await check({ 'content/tr/iade/x.md': article('description: Kısa.\nupdated: 2026-10-01') })).toEqual([
			'content/tr/iade/x.md:1:1  title: add a title, e.g. `title: Siparişimi nasıl takip ederim?`  (for example `title: Siparişimi nasıl takip ederim?`)',
		]);
	});

	it('points to the line of a bad date', async () => {
		const [problem] = await check({ 'content/tr/iade/x.md': article('title: A\ndescription: B\nupdated: 14.10.2026') });
		expect(problem).toMatch(/^content\/tr\/iade\/x\.md:4:1 {2}updated: write the date as YYYY-MM-DD/);
	});

	it('reports an unknown category and lists the known ones', async () => {
		const [problem] = await check({ 'content/tr/kargo/x.md': article(ok) });
		expect(problem).toContain('content/tr/kargo/x.md:1:1  unknown category "kargo"');
		expect(problem).toContain('create content/tr/kargo/_category.yml');
		expect(problem).toContain('iade');
	});

	it('reports two files with the same id', async () => {
		const problems = await check({ 'content/tr/iade/x.md': article(ok), 'content/tr/iade/x.markdown': article(ok) });
		expect(problems.some((p) => p.includes('duplicate article id "iade/x"'))).toBe(true);
	});

	it('reports a broken relative link with its line', async () => {
		const body = 'Giriş.\n\nBakınız [iade](./yok.md) sayfası.';
		const [problem] = await check({ 'content/tr/iade/x.md': article(ok, body) });
		expect(problem).toBe(
			'content/tr/iade/x.md:9:9  broken link "./yok.md": no article tr/iade/yok.md  (check the path relative to tr/iade/x.md; links look like ../<category>/<slug>.md)',
		);
	});

	it('reports links and images whose address would run a script, at their line', async () => {
		const body = 'Giriş.\n\n[tıkla](javascript:alert(1)) ve ![resim](data:image/svg+xml,x) ve [e-posta](mailto:destek@ornek.com)';
		expect(await check({ 'content/tr/iade/x.md': article(ok, body) })).toEqual([
			'content/tr/iade/x.md:9:1  link "javascript:alert(1)" uses an address the build removes  (link to a page (https://…), an e-mail (mailto:…), a phone number (tel:…) or another article)',
			'content/tr/iade/x.md:9:33  image "data:image/svg+xml,x" uses an address the build removes  (link to a page (https://…), an e-mail (mailto:…), a phone number (tel:…) or another article)',
		]);
	});

	it('accepts a link to an article that only exists in the default locale (it has a fallback page)', async () => {
		const body = 'Bakınız [iade](./y.md).';
		expect(await check({ 'content/tr/iade/y.md': article(ok), 'content/en/iade/x.md': article(ok, body), 'content/tr/iade/x.md': article(ok) })).toEqual([]);
	});

	it('reports related ids that do not exist and links to drafts', async () => {
		const problems = await check({
			'content/tr/iade/x.md': article(`${ok}\nrelated: [iade/yok]`, '[taslak](./t.md)'),
			'content/tr/iade/t.md': article(`${ok}\ndraft: true`),
		});
		expect(problems).toEqual([
			expect.stringContaining('content/tr/iade/x.md:5:1  related: no article "iade/yok"'),
			expect.stringContaining('content/tr/iade/x.md:8:1  link "./t.md" points to a draft'),
		]);
	});

	it('requires alt text on images', async () => {
		const [problem] = await check({ 'content/tr/iade/x.md': article(ok, '![](./yok.png)') });
		expect(problem).toContain('image "./yok.png" has no alt text');
	});

	it('reports files in unknown locale folders, bad names and unknown fields', async () => {
		const problems = await check({
			'content/fr/iade/x.md': article(ok),
			'content/tr/iade/İade Süreci.md': article(ok),
			'content/tr/iade/y.md': article(`${ok}\ntitel: x`),
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringContaining('content/fr/iade/x.md:1:1  "fr" is not a configured locale'),
				expect.stringContaining('rename it to "iade-sureci.md"'),
				expect.stringContaining('content/tr/iade/y.md:5:1  unknown field "titel"'),
			]),
		);
	});
});
