import { describe, expect, it } from 'vitest';
import { isRelativeLink, resolveArticleLink } from './article-links.ts';

describe('links between articles', () => {
	it('resolves a relative .md path against the linking article', () => {
		expect(resolveArticleLink('tr/kargo/hasarli-paket.md', '../iade/iade-sureci.md#adımlar')).toEqual({
			id: 'iade/iade-sureci',
			locale: 'tr',
			hash: 'adımlar',
		});
		expect(resolveArticleLink('tr/kargo/hasarli-paket.md', './kargom-gelmedi.md')).toEqual({ id: 'kargo/kargom-gelmedi', locale: 'tr', hash: undefined });
	});

	it('decodes percent-encoded anchors written by editors', () => {
		expect(resolveArticleLink('tr/a/b.md', '../c/d.md#%C5%9Fube')).toMatchObject({ hash: 'şube' });
	});

	it('ignores links to other kinds of files', () => {
		expect(resolveArticleLink('tr/a/b.md', './fatura.pdf')).toBeNull();
	});

	it('flags .md links that leave the content folder or its shape', () => {
		expect(resolveArticleLink('tr/a/b.md', '../../../README.md')).toEqual({ invalid: '../README.md' });
	});

	it('tells relative links from absolute ones', () => {
		expect(isRelativeLink('../a/b.md')).toBe(true);
		expect(isRelativeLink('https://example.com')).toBe(false);
		expect(isRelativeLink('mailto:a@b.c')).toBe(false);
		expect(isRelativeLink('/tr/')).toBe(false);
		expect(isRelativeLink('#top')).toBe(false);
	});
});
