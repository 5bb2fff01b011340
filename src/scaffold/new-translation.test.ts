import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceReference } from './new-translation.ts';
import { UsageError } from './scaffold-errors.ts';

const layout = { root: join('/', 'srv', 'help'), contentDir: 'content', locales: ['tr', 'en'], defaultLocale: 'tr' };
const IADE = { locale: 'tr', category: 'iade', slug: 'iade-sureci' };

describe('parseSourceReference', () => {
	it('accepts the article with or without content/, .md, ./ and a trailing slash', () => {
		for (const typed of [
			'tr/iade/iade-sureci',
			'tr/iade/iade-sureci.md',
			'content/tr/iade/iade-sureci.md',
			'./content/tr/iade/iade-sureci',
			'content\\tr\\iade\\iade-sureci.md',
			'/tr/iade/iade-sureci/',
		]) {
			expect(parseSourceReference(layout, typed), typed).toEqual(IADE);
		}
	});

	it('takes an absolute file path inside the project and a category/slug as the default locale', () => {
		expect(parseSourceReference(layout, join(layout.root, 'content', 'en', 'iade', 'iade-sureci.md'))).toEqual({ ...IADE, locale: 'en' });
		expect(parseSourceReference(layout, 'iade/iade-sureci')).toEqual(IADE);
		expect(parseSourceReference({ ...layout, contentDir: './docs/content/' }, 'docs/content/tr/iade/iade-sureci.md')).toEqual(IADE);
	});

	it('rejects other shapes with an example', () => {
		expect(() => parseSourceReference(layout, 'iade-sureci')).toThrow(UsageError);
		expect(() => parseSourceReference(layout, 'a/b/c/d')).toThrow(
			'--translate-from needs <locale>/<category>/<slug> of an article, e.g. --translate-from tr/iade/iade-sureci (got "a/b/c/d")',
		);
	});
});
