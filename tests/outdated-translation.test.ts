import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { setSourceHash } from '../src/translations/set-source-hash.ts';
import { sourceHash } from '../src/translations/source-hash.ts';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { readPage } from './helpers/dist-pages.ts';
import { scratchSite } from './helpers/scratch-site.ts';

const fixtureFile = (path: string) => readFile(join(PROJECT_ROOT, 'tests', 'fixtures', 'basic', path), 'utf8');
let dist: string;
const page = (path: string): Promise<Root> => readPage(dist, path);

beforeAll(async () => {
	const source = await fixtureFile('content/tr/iade/iade-sureci.md');
	// The source gained a sentence after English was translated; Arabic was translated from the new text.
	const changed = source.replace('İade kodu 7 gün geçerlidir.', 'İade kodu 10 gün geçerlidir.');
	const root = await scratchSite('outdated-translation', {
		'content/tr/iade/iade-sureci.md': changed,
		'content/en/iade/iade-sureci.md': setSourceHash(await fixtureFile('content/en/iade/iade-sureci.md'), sourceHash(source)),
		'content/ar/iade/iade-sureci.md': setSourceHash(await fixtureFile('content/ar/iade/iade-sureci.md'), sourceHash(changed)),
		// Translated, but without a recorded sourceHash: nobody knows, so readers are not told anything.
		'content/en/kargo/kargo-takibi.md':
			'---\ntitle: Where is my parcel?\ndescription: Track your parcel.\nupdated: 2026-08-21\n---\n\nThe tracking number is in your e-mail.\n',
	});
	const result = await buildSite(root);
	expect(result.code, result.output).toBe(0);
	dist = join(root, 'dist');
});

describe('outdated translations', () => {
	it('tell readers, in their language, that a newer version exists in the source language, with a link to it', async () => {
		const tree = await page('en/iade/iade-sureci/index.html');
		const notice = select('.outdated-notice', tree);
		expect(notice, 'the English page shows the notice').toBeDefined();
		expect(toString(notice!).replace(/\s+/g, ' ').trim()).toBe(
			'This translation may be out of date. A newer version is available in Turkish: İade nasıl yapılır?',
		);
		const link = select('.outdated-notice a', tree)!;
		expect(link.properties).toMatchObject({ href: '/help/tr/iade/iade-sureci/', hrefLang: 'tr', lang: 'tr' });
	});

	it('keep the notice out of what search indexes', async () => {
		expect(select('[data-search-body] .outdated-notice', await page('en/iade/iade-sureci/index.html'))).toBeUndefined();
	});

	it('are only those whose recorded sourceHash differs: current and untracked translations and sources show no notice', async () => {
		expect(select('.outdated-notice', await page('ar/iade/iade-sureci/index.html')), 'current Arabic translation').toBeUndefined();
		expect(select('.outdated-notice', await page('en/kargo/kargo-takibi/index.html')), 'untracked English translation').toBeUndefined();
		expect(select('.outdated-notice', await page('tr/iade/iade-sureci/index.html')), 'the source itself').toBeUndefined();
		expect(select('.outdated-notice', await page('ar/kargo/kargo-takibi/index.html')), 'a fallback page').toBeUndefined();
	});
});
