import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../collector/event-store.ts';
import { DAY, event, PERIOD, report, searched, START, times } from './test-fixtures.ts';

/** Enough searches that work for the store not to count as small (200 searches or more). */
const BUSY = times(200, () => searched('tr', 'kargom nerede', { opened: '/tr/kargo/kargom-gelmedi/' })).flat();

describe('report totals', () => {
	it('counts searches as results plus unanswered, with partial, came back, no-click and the rates', () => {
		const events = [
			...times(4, () => searched('tr', 'iade', { opened: '/tr/iade/' })).flat(),
			...searched('tr', 'iade', { opened: '/tr/iade/', cameBack: true }),
			...searched('tr', 'kampanya', { strength: 'partial' }),
			...times(2, () => event('unanswered-search', 'tr', 'bebek arabası')),
			// A `search` without results is never sent (its `unanswered-search` is); if stored, it is not counted twice.
			event('search', 'tr', 'bebek arabası', { resultCount: 0 }),
			event('feedback', 'tr', null, { article: 'iade/iade-sureci', helpful: true }),
			event('feedback', 'tr', null, { article: 'iade/iade-sureci', helpful: false }),
		];
		expect(report(events).totals.tr).toEqual({
			searches: 8,
			searchesWithResults: 6,
			unanswered: 2,
			unansweredRate: 0.25,
			partial: 1,
			returned: 1,
			noClick: 1,
			clicks: 5,
			clickThroughRate: 0.8333,
			feedback: { helpful: 1, notHelpful: 1 },
		});
	});

	it('lists every configured locale, without rates where there was nothing to divide by', () => {
		const { totals } = report([event('unanswered-search', 'tr', 'iade')], { locales: ['tr', 'en', 'de'] });
		expect(Object.keys(totals)).toEqual(['tr', 'en', 'de']);
		expect(totals.de).toMatchObject({ searches: 0, unansweredRate: null, clickThroughRate: null });
	});

	it('counts searches and unanswered searches per UTC day', () => {
		const { daily } = report(
			[event('search', 'en', 'x y', {}, 0), event('unanswered-search', 'en', 'x y', {}, 2), event('unanswered-search', 'en', 'x y', {}, 2)],
			{ period: { since: START, until: START + 4 * DAY - 1 } },
		);
		expect(daily.en).toEqual([
			{ date: '2026-05-01', searches: 1, unanswered: 0 },
			{ date: '2026-05-02', searches: 0, unanswered: 0 },
			{ date: '2026-05-03', searches: 2, unanswered: 2 },
			{ date: '2026-05-04', searches: 0, unanswered: 0 },
		]);
	});
});

describe('report needs', () => {
	const gaps: StoredEvent[] = [
		...times(3, (i) => event('unanswered-search', 'en', 'gift wrap', {}, i)),
		...times(2, (i) => event('unanswered-search', 'tr', i ? 'Fatura düzeltme' : 'faturamı düzeltmek', {}, i)),
		...times(5, (i) => searched('tr', 'kargo sigortası', {}, i % 4)).flat(),
		event('unanswered-search', 'tr', 'hediye çeki'),
	];

	it('counts every need from one search in a small store, and marks the needs seen once', () => {
		const result = report(gaps);
		expect(result).toMatchObject({ smallStore: true, minCount: 1, searches: 11 });
		expect(result.needs.find((need) => need.query === 'hediye çeki')).toMatchObject({ count: 1, single: true });
		expect(result.needs.find((need) => need.query === 'gift wrap')).toMatchObject({ count: 3, single: false });
	});

	it('needs two failed searches from 200 searches on, and hides the rest from the needs but not from the totals', () => {
		const result = report([...BUSY, ...gaps]);
		expect(result).toMatchObject({ smallStore: false, minCount: 2 });
		expect(result.needs.map((need) => need.query)).not.toContain('hediye çeki');
		expect(result.hidden).toEqual({ tr: 1, en: 0 });
		expect(result.totals.tr!.unanswered).toBe(3);
	});

	it('lets an explicit --min-count win over the automatic one', () => {
		expect(report(gaps, { minCount: 4 })).toMatchObject({ smallStore: false, minCount: 4 });
		expect(report(gaps, { minCount: 4 }).needs.map((need) => need.query)).toEqual(['kargo sigortası']);
		expect(report([...BUSY, ...gaps], { minCount: 1 }).needs.map((need) => need.query)).toContain('hediye çeki');
	});

	it('never lists a need whose answer customers open and stay on', () => {
		const events = [
			...times(5, () => searched('tr', 'iade', { opened: '/tr/iade/' })).flat(),
			...times(20, () => searched('tr', 'fatura', { opened: '/tr/odeme/fatura-bilgileri/' })).flat(),
			...searched('tr', 'fatura', {}),
		];
		expect(report(events, { minCount: 1 }).needs).toEqual([]);
	});

	it('orders needs by configured locale, then most failed searches, then days, and gives each its kind', () => {
		const result = report([...gaps, event('unanswered-search', 'ar', 'شحن'), event('unanswered-search', 'ar', 'شحن')]);
		expect(result.needs.map((need) => `${need.locale}:${need.query}:${need.kind}:${need.count}`)).toEqual([
			'tr:kargo sigortası:no-click:5',
			'tr:faturamı düzeltmek:unanswered:2',
			'tr:hediye çeki:unanswered:1',
			'en:gift wrap:unanswered:3',
			'ar:شحن:unanswered:2',
		]);
	});

	it('lists the words no article has, as customers typed them', () => {
		const need = report(gaps).needs.find((found) => found.query === 'kargo sigortası')!;
		expect(need.missing).toEqual(['sigortası']);
	});

	it('keeps noise out of the needs, in a short list per locale, most frequent first', () => {
		const mash = times(12, (i) => times(i + 1, () => event('unanswered-search', 'tr', `xq${'z'.repeat(i + 2)}v`))).flat();
		const result = report([...gaps, ...mash, event('unanswered-search', 'en', 'asdf')]);
		expect(result.needs.map((need) => need.query)).not.toContain('xqzzv');
		expect(result.noise.filter((entry) => entry.locale === 'tr')).toHaveLength(10);
		expect(result.noise[0]).toEqual({ locale: 'tr', query: `xq${'z'.repeat(13)}v`, count: 12, reason: 'keyboard-mash' });
		expect(result.noise.at(-1)).toEqual({ locale: 'en', query: 'asdf', count: 1, reason: 'test' });
	});

	it('keeps to the locale asked for and to the period', () => {
		const late = event('unanswered-search', 'en', 'gift wrap', { receivedAt: PERIOD.until + 1 });
		const result = report([...gaps, late], { locale: 'en' });
		expect(Object.keys(result.totals)).toEqual(['en']);
		expect(result.needs.map((need) => [need.locale, need.count])).toEqual([['en', 3]]);
		expect(result).toMatchObject({ locale: 'en', searches: 3, period: { since: '2026-05-01T00:00:00.000Z' } });
	});
});
