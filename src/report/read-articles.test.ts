import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from './read-articles.ts';

let root: string;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'destek-read-articles-'));
	const files: Record<string, string> = {
		'docs/tr/kargo/kargom-gelmedi.md':
			'---\ntitle: Kargom gelmedi\ndescription: Geciken kargolar.\nkeywords: [kargo nerede, 12]\ntags: [kargo]\n---\nMetin\n\n## Kargo hareketleri\n\nŞubeye [sorun](../iletisim/bize-ulasin.md).\n',
		'docs/tr/kargo/taslak.md': '---\ntitle: Taslak\ndescription: Henüz değil.\ndraft: true\n---\n',
		'docs/tr/kargo/basliksiz.md': '---\ndescription: Başlık yok.\n---\n',
		'docs/tr/kargo/_category.yml': 'title: Kargo\n',
		'docs/tr/sahipsiz.md': '---\ntitle: Kategorisiz\n---\n',
		'docs/en/shipping/late.md': '---\ntitle: Late parcel\ndescription: When a parcel is late.\n---\n',
	};
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('articles for the report', () => {
	it('reads published articles with their headings, body words, URL under the base and file from the project root', async () => {
		const articles = await readArticles({ root, contentDir: join(root, 'docs'), base: '/help/' });
		expect(articles).toEqual([
			{
				locale: 'en',
				id: 'shipping/late',
				title: 'Late parcel',
				description: 'When a parcel is late.',
				keywords: [],
				tags: [],
				headings: [],
				body: '',
				url: '/help/en/shipping/late/',
				file: 'docs/en/shipping/late.md',
			},
			{
				locale: 'tr',
				id: 'kargo/kargom-gelmedi',
				title: 'Kargom gelmedi',
				description: 'Geciken kargolar.',
				keywords: ['kargo nerede'],
				tags: ['kargo'],
				headings: ['Kargo hareketleri'],
				body: expect.stringMatching(/^Metin\s+## Kargo hareketleri\s+Şubeye \[sorun\] \.\s*$/) as string,
				url: '/help/tr/kargo/kargom-gelmedi/',
				file: 'docs/tr/kargo/kargom-gelmedi.md',
			},
		]);
	});

	it('finds nothing in a folder without articles', async () => {
		await mkdir(join(root, 'empty'), { recursive: true });
		expect(await readArticles({ root, contentDir: join(root, 'empty'), base: '/' })).toEqual([]);
	});
});
