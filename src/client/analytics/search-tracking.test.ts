import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsEvent, SearchClickDetail } from '../../analytics/events.ts';
import { OPENED_RESULT_KEY } from './result-return.ts';
import { SearchTracking, type Recorder } from './search-tracking.ts';
import type { SearchAnswer } from './settle.ts';

const SETTLE_MS = 1500;
const RESULT = '/tr/iade/iade-sureci/';

/** The tab's sessionStorage, which result-return.ts reads through the global. */
let storage: Map<string, string>;

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(Date.parse('2026-11-20T10:00:00Z'));
	storage = new Map();
	vi.stubGlobal('sessionStorage', {
		getItem: (key: string) => storage.get(key) ?? null,
		setItem: (key: string, value: string) => void storage.set(key, value),
		removeItem: (key: string) => void storage.delete(key),
	});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

/** Search tracking on `path`, with every recorded event and whether it was to be sent. */
function trackingOn(path: string) {
	const events: Array<{ event: AnalyticsEvent; send: boolean }> = [];
	const recorder: Recorder = { record: (event, options) => events.push({ event, send: options?.send !== false }), flush: () => undefined };
	return { events, tracking: new SearchTracking(recorder, 'tr', SETTLE_MS, () => path) };
}

/** The query typed, its results shown a moment later, then a pause long enough to settle it. */
function search(tracking: SearchTracking, query: string, resultCount: number, answer: SearchAnswer) {
	tracking.typed(query);
	vi.advanceTimersByTime(80);
	tracking.shown(query, resultCount, undefined, answer);
	vi.advanceTimersByTime(SETTLE_MS);
}

const partial: SearchAnswer = { strength: 'partial', unmatched: ['kampanya', 'kodu'], firstResult: '/tr/hesap/hesap-guvenligi/' };

describe('tracking how well a search was answered', () => {
	it('sends a settled partial search once, as a search with its strength, and keeps partial-search on the page', () => {
		const { events, tracking } = trackingOn('/tr/');
		search(tracking, 'kampanya kodu', 3, partial);
		tracking.shown('kampanya kodu', 3, undefined, partial); // re-rendered
		tracking.settleNow(); // Enter
		vi.advanceTimersByTime(SETTLE_MS);
		expect(events.map(({ event, send }) => [event.type, send])).toEqual([
			['search', true],
			['partial-search', false],
		]);
		expect(events[0]!.event).toMatchObject({
			query: 'kampanya kodu',
			resultCount: 3,
			strength: 'partial',
			unmatched: ['kampanya', 'kodu'],
			firstResult: '/tr/hesap/hesap-guvenligi/',
		});
		expect(events[1]!.event).toMatchObject({ strength: 'partial', unmatched: ['kampanya', 'kodu'] });
	});

	it('dispatches nothing partial for a search that was answered', () => {
		const { events, tracking } = trackingOn('/tr/');
		search(tracking, 'iade', 5, { strength: 'full', unmatched: [], firstResult: RESULT });
		expect(events.map(({ event }) => event.type)).toEqual(['search']);
	});

	it('sends a search with no results as unanswered-search only, with every word unmatched', () => {
		const { events, tracking } = trackingOn('/tr/');
		search(tracking, 'kripto iade', 0, { strength: 'none', unmatched: ['kripto', 'iade'] });
		expect(events.filter(({ send }) => send).map(({ event }) => event)).toEqual([
			expect.objectContaining({ type: 'unanswered-search', resultCount: 0, strength: 'none', unmatched: ['kripto', 'iade'] }),
		]);
		expect(events.map(({ event }) => event.type)).toEqual(['search', 'unanswered-search']);
	});
});

describe('tracking a result opened and left for the search again', () => {
	function clickFirst(sameTab: boolean) {
		const page = trackingOn('/tr/');
		search(page.tracking, 'kampanya kodu', 3, partial);
		page.tracking.clicked({ query: 'kampanya kodu', resultCount: 3, position: 1, target: `${RESULT}#adim-1`, answer: partial }, { sameTab });
		return page;
	}

	it('records a click with the answer it was made on, and remembers a result opened in this tab', () => {
		const { events } = clickFirst(true);
		const click = events.find(({ event }) => event.type === 'search-click')!;
		expect(click).toEqual({
			send: true,
			event: expect.objectContaining<Partial<SearchClickDetail>>({
				path: '/tr/',
				position: 1,
				target: `${RESULT}#adim-1`,
				strength: 'partial',
				unmatched: ['kampanya', 'kodu'],
				firstResult: '/tr/hesap/hesap-guvenligi/',
			}) as SearchClickDetail,
		});
		expect(JSON.parse(storage.get(OPENED_RESULT_KEY)!)).toMatchObject({ click: click.event, openedAt: Date.now() });
	});

	it('does not remember a result opened in a new tab', () => {
		clickFirst(false);
		expect(storage.has(OPENED_RESULT_KEY)).toBe(false);
	});

	it('records one search-return when another search is typed on the opened result within 10 seconds', () => {
		clickFirst(true);
		const result = trackingOn(RESULT);
		vi.advanceTimersByTime(4_000);
		result.tracking.typed(' '); // the box emptied is not a search
		expect(storage.has(OPENED_RESULT_KEY)).toBe(true);
		for (const query of ['k', 'ka', 'kargo']) result.tracking.typed(query);
		expect(result.events.map(({ event, send }) => [event.type, send])).toEqual([['search-return', true]]);
		expect(result.events[0]!.event).toMatchObject({
			path: RESULT,
			query: 'kampanya kodu',
			position: 1,
			target: `${RESULT}#adim-1`,
			strength: 'partial',
			seconds: 4,
		});
	});

	it('records no return for a search typed on the opened result after 10 seconds', () => {
		clickFirst(true);
		const result = trackingOn(RESULT);
		vi.advanceTimersByTime(10_001);
		result.tracking.typed('kargo');
		expect(result.events).toEqual([]);
		expect(storage.has(OPENED_RESULT_KEY)).toBe(false);
	});
});
