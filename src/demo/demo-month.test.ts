import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_REQUEST, RETURN_WINDOW_MS } from '../analytics/events.ts';
import { cleanQuery } from '../analytics/scrub.ts';
import { EventBatchSchema } from '../analytics/event-schema.ts';
import { asCollectorStores } from './collector-check.ts';
import { DEMO_NEEDS } from './demo-needs.ts';
import type { Need } from './need-types.ts';
import { DAY_MS, generateDemoEvents } from './demo-month.ts';
import type { DemoEvent } from './search-session.ts';

const NOW = Date.parse('2026-06-15T09:30:00Z');
const DAYS = 30;
const events = generateDemoEvents({ seed: 1, now: NOW, days: DAYS });
const searches = events.filter(({ event }) => event.type === 'search' || event.type === 'unanswered-search');
const queries = events.flatMap(({ event }) => (event.type === 'feedback' ? [] : [event.query, ...(event.unmatched ?? [])]));

/** The searches of the needs matching `test`, by the spellings they were typed as. */
function searchesOf(locale: string, test: (need: Need) => boolean): DemoEvent[] {
	const spellings = new Set(
		DEMO_NEEDS[locale]!.needs.filter(test).flatMap((need) => need.spellings.map((s) => cleanQuery(typeof s === 'string' ? s : s.text))),
	);
	return searches.filter(({ event }) => event.locale === locale && event.type !== 'feedback' && spellings.has(event.query));
}

describe('the demo month', () => {
	it('is the same for the same seed and different for another seed', () => {
		expect(generateDemoEvents({ seed: 1, now: NOW, days: DAYS })).toEqual(events);
		const other = generateDemoEvents({ seed: 2, now: NOW, days: DAYS });
		expect(other.map(({ event }) => event)).not.toEqual(events.map(({ event }) => event));
	});

	it('passes the collector schema in batches of 50, and the collector would store it unchanged', () => {
		for (let from = 0; from < events.length; from += MAX_EVENTS_PER_REQUEST) {
			const result = EventBatchSchema.safeParse({ events: events.slice(from, from + MAX_EVENTS_PER_REQUEST).map(({ event }) => event) });
			expect(result.error?.issues ?? []).toEqual([]);
		}
		expect(asCollectorStores(events)).toEqual(events);
	});

	it('keeps no personal data: order numbers, e-mail addresses, phone numbers and IBANs become tokens', () => {
		for (const text of queries) {
			expect(text).not.toMatch(/\d{6,}/);
			expect(text).not.toContain('@');
			expect(text).not.toMatch(/(?:\+|\b0)\d[\d\s]{8,}/);
		}
		for (const token of ['[number]', '[email]', '[phone]', '[iban]'])
			expect(
				queries.some((query) => query.includes(token)),
				token,
			).toBe(true);
		// The pasted values were in `unmatched` before scrubbing; no word of them is left.
		const pasted = events.filter(({ event }) => event.type === 'search' && event.query.includes('[number]'));
		expect(pasted.length).toBeGreaterThan(0);
		for (const { event } of pasted) expect(event.type === 'search' && event.unmatched).toEqual([]);
	});

	it('holds full, partial and unanswered searches, returns, no-clicks, noise and feedback in every locale', () => {
		for (const locale of Object.keys(DEMO_NEEDS)) {
			const of = events.filter(({ event }) => event.locale === locale).map(({ event }) => event);
			expect(of.filter((event) => event.type === 'search' && event.strength === 'full').length, locale).toBeGreaterThan(20);
			expect(of.filter((event) => event.type === 'search' && event.strength === 'partial' && event.unmatched!.length > 0).length, locale).toBeGreaterThan(2);
			expect(of.filter((event) => event.type === 'unanswered-search' && event.strength === 'none' && event.resultCount === 0).length, locale).toBeGreaterThan(
				2,
			);
			expect(of.filter((event) => event.type === 'search-return').length, locale).toBeGreaterThan(2);
			expect(of.filter((event) => event.type === 'no-click-search').length, locale).toBeGreaterThan(2);
			expect(searchesOf(locale, (need) => need.kind === 'noise').length, locale).toBeGreaterThan(0);
			expect(of.some((event) => event.type === 'feedback' && event.helpful) && of.some((event) => event.type === 'feedback' && !event.helpful), locale).toBe(
				true,
			);
		}
	});

	it('searches 40–70 times a weekday in Turkish, fewer in English, German and Arabic, and fewer on weekends', () => {
		const perDay = (locale: string) => searches.filter(({ event }) => event.locale === locale).length / DAYS;
		expect(perDay('tr')).toBeGreaterThan(35);
		expect(perDay('tr')).toBeLessThan(70);
		expect(perDay('en')).toBeGreaterThan(12);
		expect(perDay('en')).toBeLessThan(30);
		expect(perDay('de')).toBeLessThan(perDay('en'));
		expect(perDay('ar')).toBeLessThan(perDay('de'));
		expect(searches.length).toBeGreaterThan(200);
		// Whole store days only: the first and the last are cut by the period.
		const byDay = Map.groupBy(searches, ({ receivedAt }) => new Date(receivedAt + 3 * 3_600_000).toISOString().slice(0, 10));
		const days = [...byDay].slice(1, -1).map(([date, list]) => ({ weekend: [0, 6].includes(new Date(date).getUTCDay()), count: list.length }));
		const average = (list: typeof days) => list.reduce((sum, day) => sum + day.count, 0) / list.length;
		expect(average(days.filter((day) => day.weekend))).toBeLessThan(average(days.filter((day) => !day.weekend)) * 0.85);
	});

	it('has a gap that grows through the month and one that appears only in the last week', () => {
		const half = NOW - (DAYS / 2) * DAY_MS;
		const rising = searchesOf('tr', (need) => need.trend === 'up');
		const early = rising.filter(({ receivedAt }) => receivedAt < half).length;
		expect(rising.length - early).toBeGreaterThanOrEqual(early * 1.5);
		const appearing = searchesOf('tr', (need) => need.trend === 'new');
		expect(appearing.length).toBeGreaterThanOrEqual(5);
		expect(Math.min(...appearing.map(({ receivedAt }) => receivedAt))).toBeGreaterThanOrEqual(NOW - 7 * DAY_MS);
	});

	it('shows a poorly titled answer first that customers rarely open, unlike the well-titled ones', () => {
		// Of the searches that showed results, the share that led to a click (not ended in a no-click).
		const opened = (locale: string, kind: Need['kind']) => {
			const of = searchesOf(locale, (need) => need.kind === kind);
			const shown = of.filter(({ event }) => event.type === 'search').length;
			const typed = new Set(of.map(({ event }) => event.type !== 'feedback' && event.query));
			const unopened = events.filter(({ event }) => event.type === 'no-click-search' && event.locale === locale && typed.has(event.query)).length;
			return { shown, rate: 1 - unopened / shown };
		};
		for (const locale of ['tr', 'en']) {
			const unclear = opened(locale, 'unclear-title');
			expect(unclear.shown, locale).toBeGreaterThanOrEqual(5);
			expect(unclear.rate, locale).toBeLessThan(0.45);
			expect(opened(locale, 'covered').rate, locale).toBeGreaterThan(0.8);
		}
	});

	it('keeps every event inside the period, oldest first, returns within 10 seconds and feedback on an opened article', () => {
		expect(
			events.every(
				({ receivedAt, event }, index) =>
					receivedAt === event.ts && receivedAt > NOW - DAYS * DAY_MS && receivedAt <= NOW && (index === 0 || events[index - 1]!.receivedAt <= receivedAt),
			),
		).toBe(true);
		for (const { event } of events) {
			if (event.type === 'search-return') expect(event.seconds * 1000).toBeLessThan(RETURN_WINDOW_MS);
			if (event.type === 'feedback') expect(event.path).toBe(`/${event.locale}/${event.article}/`);
			if (event.type === 'search-click') expect(event.target).toMatch(new RegExp(`^/${event.locale}/[a-z-]+/[a-z-]+/$`));
		}
	});
});
