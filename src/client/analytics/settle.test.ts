import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsEvent } from '../../analytics/events.ts';
import { SearchTracking, type Recorder } from './search-tracking.ts';
import { SearchSettler, type SettledSearch } from './settle.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Types like a person: each keystroke, then its results 80 ms later (debounce + search). */
function type(settler: { typed(q: string): void; shown(q: string, n: number): void }, text: string, results: (query: string) => number, gap = 150) {
	for (let i = 1; i <= text.length; i++) {
		const query = text.slice(0, i);
		settler.typed(query);
		vi.advanceTimersByTime(80);
		settler.shown(query, results(query));
		vi.advanceTimersByTime(gap - 80);
	}
}

describe('settling a search', () => {
	it('records "kargo yok" once, never its prefixes', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		type(settler, 'kargo yok', (q) => (q.length < 6 ? 4 : 0));
		expect(settled).toEqual([]);
		vi.advanceTimersByTime(1500);
		expect(settled).toEqual([{ query: 'kargo yok', resultCount: 0, filters: undefined }]);
		vi.advanceTimersByTime(10_000);
		expect(settled).toHaveLength(1);
	});

	it('does not record the same query again when its results are shown again', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		type(settler, 'iade', () => 2);
		vi.advanceTimersByTime(2000);
		settler.shown('iade', 2); // re-rendered, e.g. Enter on the search page
		settler.settleNow();
		vi.advanceTimersByTime(2000);
		expect(settled.map((s) => s.query)).toEqual(['iade']);
	});

	it('settles at once on Enter, a click or leaving, and waits for results still loading', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		settler.typed('kapida odeme');
		settler.settleNow(); // Enter before the index has loaded
		expect(settled).toEqual([]);
		settler.shown('kapida odeme', 3);
		expect(settled).toEqual([{ query: 'kapida odeme', resultCount: 3, filters: undefined }]);
	});

	it('ignores queries shorter than two characters after trimming', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		settler.typed(' k ');
		settler.shown(' k ', 40);
		settler.settleNow();
		vi.advanceTimersByTime(3000);
		expect(settled).toEqual([]);
	});

	it('treats a filter change as a new search', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		type(settler, 'iade', () => 5);
		vi.advanceTimersByTime(1500);
		settler.shown('iade', 2, { category: ['iade'] });
		vi.advanceTimersByTime(1500);
		expect(settled.map((s) => s.filters)).toEqual([undefined, { category: ['iade'] }]);
	});

	it('records a query typed again after the box was emptied', () => {
		const settled: SettledSearch[] = [];
		const settler = new SearchSettler(1500, (s) => settled.push(s));
		type(settler, 'iade', () => 5);
		vi.advanceTimersByTime(1500);
		settler.typed('');
		type(settler, 'iade', () => 5);
		vi.advanceTimersByTime(1500);
		expect(settled).toHaveLength(2);
	});
});

describe('search tracking', () => {
	function setup() {
		const events: Array<{ event: AnalyticsEvent; sent: boolean }> = [];
		const recorder: Recorder = { record: (event, options) => events.push({ event, sent: options?.send !== false }), flush: () => undefined };
		return { events, tracking: new SearchTracking(recorder, 'tr', 1500, () => '/tr/') };
	}

	it('dispatches search and unanswered-search for a query with no results, and sends only the unanswered one', () => {
		const { events, tracking } = setup();
		type(tracking, 'sikayet 0532 123 45 67', () => 0);
		vi.advanceTimersByTime(1500);
		expect(events.map(({ event, sent }) => [event.type, sent])).toEqual([
			['search', false],
			['unanswered-search', true],
		]);
		expect(events[1]!.event).toMatchObject({ query: 'sikayet 0532 123 45 67', locale: 'tr', path: '/tr/', resultCount: 0 });
	});

	it('records a click with its position, and no no-click for that search', () => {
		const { events, tracking } = setup();
		type(tracking, 'iade', () => 4);
		tracking.clicked({ query: 'iade', resultCount: 4, position: 2, target: '/tr/iade/iade-sureci/' });
		tracking.leave();
		expect(events.map(({ event }) => event.type)).toEqual(['search', 'search-click']);
		expect(events[1]!.event).toMatchObject({ position: 2, target: '/tr/iade/iade-sureci/' });
	});

	it('records a no-click search when results were shown and the visitor moved on or left', () => {
		const { events, tracking } = setup();
		type(tracking, 'kargo', () => 3);
		vi.advanceTimersByTime(1500);
		type(tracking, 'fatura', () => 2);
		vi.advanceTimersByTime(1500);
		tracking.leave();
		expect(events.map(({ event }) => `${event.type}:${'query' in event ? event.query : ''}`)).toEqual([
			'search:kargo',
			'no-click-search:kargo',
			'search:fatura',
			'no-click-search:fatura',
		]);
	});
});
