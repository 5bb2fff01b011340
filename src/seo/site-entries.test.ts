import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../catalog/content-index-model.ts';
import { createContentModel } from '../catalog/content-model.ts';
import { siteEntries } from './site-entries.ts';

const article = (title: string, updated: string) => ({ data: { title, order: 0, updated: new Date(updated) } }) as unknown as PublishedArticle;
const content = createContentModel({
	locales: ['tr', 'en'],
	defaultLocale: 'tr',
	written: new Map([
		[
			'tr',
			new Map([
				['iade/iade-sureci', article('İade süreci', '2026-01-02')],
				['kargo/kargo-takibi', article('Kargo takibi', '2026-01-05')],
			]),
		],
		['en', new Map([['iade/iade-sureci', article('Returns', '2026-01-03')]])],
	]),
	// `bos` has a _category.yml and no article: it has no page, so it has no sitemap entry either.
	categories: new Map([
		[
			'tr',
			new Map([
				['iade', { title: 'İade', description: '' }],
				['kargo', { title: 'Kargo', description: '' }],
				['bos', { title: 'Boş', description: '' }],
			]),
		],
	]),
});
const entries = siteEntries({ content, site: new URL('https://help.example'), base: '/help/' });
const urls = entries.map((e) => e.url.replace('https://help.example/help/', ''));

describe('the sitemap entries', () => {
	it('list the categories each locale shows, and only those', () => {
		expect(urls.filter((u) => u.split('/').length === 3)).toEqual(['tr/iade/', 'tr/kargo/', 'en/iade/', 'en/kargo/']);
	});

	it('leave fallback articles out, and announce only real translations as alternates', () => {
		expect(urls).toContain('en/iade/iade-sureci/');
		expect(urls).not.toContain('en/kargo/kargo-takibi/');
		const returns = entries.find((e) => e.url.endsWith('/help/en/iade/iade-sureci/'))!;
		expect(returns.alternates.map((a) => a.hreflang)).toEqual(['tr', 'en', 'x-default']);
		expect(entries.find((e) => e.url.endsWith('/help/tr/kargo/kargo-takibi/'))!.alternates.map((a) => a.hreflang)).toEqual(['tr', 'x-default']);
	});

	it('date a locale’s home by its newest own article', () => {
		expect(entries.find((e) => e.url.endsWith('/help/en/'))!.lastmod).toBe('2026-01-03');
		expect(entries.find((e) => e.url.endsWith('/help/tr/'))!.lastmod).toBe('2026-01-05');
	});
});
