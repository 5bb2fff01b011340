import { describe, expect, it } from 'vitest';
import { createUrlBuilder, normalizeBase, relativeArticleHref } from './urls.ts';

describe('URL builder', () => {
	it('builds trailing-slash URLs at the site root', () => {
		const urls = createUrlBuilder('/');
		expect(urls.root()).toBe('/');
		expect(urls.home('tr')).toBe('/tr/');
		expect(urls.category('tr', 'iade')).toBe('/tr/iade/');
		expect(urls.article('tr', 'iade/iade-sureci')).toBe('/tr/iade/iade-sureci/');
		expect(urls.article('tr', 'iade/iade-sureci', '#adımlar')).toBe('/tr/iade/iade-sureci/#adımlar');
		expect(urls.file('/favicon.svg')).toBe('/favicon.svg');
	});

	it('puts every URL under the base path', () => {
		const urls = createUrlBuilder('/help');
		expect(urls.home('en')).toBe('/help/en/');
		expect(urls.search('en')).toBe('/help/en/search/');
		expect(urls.file('favicon.svg')).toBe('/help/favicon.svg');
	});

	it('normalizes base paths however they are written', () => {
		expect(normalizeBase('')).toBe('/');
		expect(normalizeBase('help')).toBe('/help/');
		expect(normalizeBase('/help/docs/')).toBe('/help/docs/');
	});

	it('links articles relative to the article page, so the link works in any locale and base', () => {
		expect(relativeArticleHref('kargo/hasarli-paket', 'iade/iade-sureci')).toBe('../../iade/iade-sureci/');
		expect(relativeArticleHref('kargo/hasarli-paket', 'iade/iade-sureci', 'adımlar')).toBe('../../iade/iade-sureci/#adımlar');
		expect(relativeArticleHref('iade/iade-sureci', 'iade/iade-sureci', 'adımlar')).toBe('#adımlar');
		const page = new URL('https://x.example/help/de/kargo/hasarli-paket/');
		expect(new URL(relativeArticleHref('kargo/hasarli-paket', 'iade/iade-sureci'), page).pathname).toBe('/help/de/iade/iade-sureci/');
	});
});
