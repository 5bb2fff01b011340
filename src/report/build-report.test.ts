import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../server/collector/event-store.ts';
import { buildReport, type ReportInput } from './build-report.ts';
import type { ReportArticle } from './read-articles.ts';

const DAY = 86_400_000;
const START = Date.parse('2026-05-01T00:00:00Z');
const period = { since: START, until: START + 4 * DAY - 1 };
let id = 0;

function event(type: StoredEvent['type'], locale: string, extra: Partial<StoredEvent> = {}, day = 0): StoredEvent {
	return { id: ++id, receivedAt: START + day * DAY + 1000, type, locale, query: 'iade', path: `/${locale}/`, filters: null, resultCount: type === 'unanswered-search' ? 0 : 5, position: null, target: null, article: null, helpful: null, strength: null, unmatched: null, firstResult: null, seconds: null, demo: false, ...extra };
}
const times = (n: number, make: (i: number) => StoredEvent) => Array.from({ length: n }, (_, i) => make(i));

const ARTICLES: ReportArticle[] = [{ locale: 'tr', id: 'odeme/fatura', title: 'Fatura', description: '', keywords: ['fatura düzeltme'], tags: [], url: '/tr/odeme/fatura/', file: 'content/tr/odeme/fatura.md' }];
const report = (events: StoredEvent[], options: Partial<ReportInput> = {}) => buildReport({ events, articles: ARTICLES, period, locales: ['tr', 'en', 'de'], locale: null, minCount: 2, ...options });

describe('content-gap report totals', () => {
	it('counts search volume as searches with results plus unanswered ones, and derives the rates from it', () => {
		const events = [
			...times(6, () => event('search', 'tr')),
			...times(2, () => event('unanswered-search', 'tr', { query: 'bebek arabası' })),
			// The browser also dispatches `search` for an unanswered one; if one is stored, it is not counted twice.
			event('search', 'tr', { resultCount: 0 }),
			...times(3, () => event('no-click-search', 'tr')),
			...times(4, () => event('search-click', 'tr', { position: 1, target: '/tr/iade/' })),
			event('feedback', 'tr', { query: null, article: 'iade/iade-sureci', helpful: true }),
			event('feedback', 'tr', { query: null, article: 'iade/iade-sureci', helpful: false }),
			event('feedback', 'tr', { query: null, article: 'iade/iade-sureci', helpful: false }),
		];
		expect(report(events).totals.tr).toEqual({
			searches: 8,
			searchesWithResults: 6,
			unanswered: 2,
			unansweredRate: 0.25,
			noClick: 3,
			clicks: 4,
			clickThroughRate: 0.5,
			feedback: { helpful: 1, notHelpful: 2 },
		});
	});

	it('lists every configured locale, without rates where there was nothing to divide by', () => {
		const { totals } = report([event('search', 'tr')]);
		expect(Object.keys(totals)).toEqual(['tr', 'en', 'de']);
		expect(totals.de).toMatchObject({ searches: 0, unansweredRate: null, clickThroughRate: null });
	});

	it('counts searches and unanswered searches per UTC day for the trend chart', () => {
		const { daily } = report([event('search', 'en', {}, 0), event('unanswered-search', 'en', {}, 2), event('unanswered-search', 'en', {}, 2)]);
		expect(daily.en).toEqual([
			{ date: '2026-05-01', searches: 1, unanswered: 0 },
			{ date: '2026-05-02', searches: 0, unanswered: 0 },
			{ date: '2026-05-03', searches: 2, unanswered: 2 },
			{ date: '2026-05-04', searches: 0, unanswered: 0 },
		]);
	});
});

describe('content-gap report gaps', () => {
	const events = [
		...times(3, (i) => event('unanswered-search', 'en', { query: 'gift wrap' }, i)),
		...times(2, (i) => event('unanswered-search', 'tr', { query: i ? 'Fatura düzeltme' : 'faturamı düzeltmek' }, i)),
		...times(5, (i) => event('no-click-search', 'tr', { query: 'kargo' }, i % 4)),
		event('unanswered-search', 'tr', { query: 'ahmet yılmaz' }),
		event('unanswered-search', 'ar', { query: 'شحن' }),
	];

	it('hides groups seen fewer than --min-count times from the gaps but not from the totals', () => {
		const result = report(events);
		expect(result.gaps.map((gap) => gap.query)).not.toContain('ahmet yılmaz');
		expect(result.hidden).toEqual({ tr: 1, en: 0, de: 0, ar: 1 });
		expect(result.totals.tr!.unanswered).toBe(3);
		expect(report(events, { minCount: 1 }).gaps.map((gap) => gap.query)).toContain('ahmet yılmaz');
		expect(report(events, { minCount: 4 }).gaps.map((gap) => gap.query)).toEqual(['kargo']);
	});

	it('orders gaps by configured locale, then most frequent first, and attaches the closest articles', () => {
		const result = report(events);
		expect(result.gaps.map((gap) => `${gap.locale}:${gap.query}:${gap.count}`)).toEqual(['tr:kargo:5', 'tr:faturamı düzeltmek:2', 'en:gift wrap:3']);
		expect(result.gaps[1]!.closest.map((article) => article.id)).toEqual(['odeme/fatura']);
		expect(result.gaps[2]!.closest).toEqual([]);
	});

	it('keeps to the locale asked for and to the period', () => {
		const late = event('unanswered-search', 'en', { query: 'gift wrap', receivedAt: period.until + 1 });
		const result = report([...events, late], { locale: 'en' });
		expect(Object.keys(result.totals)).toEqual(['en']);
		expect(result.gaps.map((gap) => [gap.locale, gap.count])).toEqual([['en', 3]]);
		expect(result).toMatchObject({ locale: 'en', minCount: 2, period: { since: '2026-05-01T00:00:00.000Z' } });
	});
});
