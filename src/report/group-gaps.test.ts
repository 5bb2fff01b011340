import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../server/collector/event-store.ts';
import { groupGaps } from './group-gaps.ts';

const DAY = 86_400_000;
const START = Date.parse('2026-05-01T00:00:00Z');
const period = { since: START, until: START + 10 * DAY };
let id = 0;

function event(type: StoredEvent['type'], query: string | null, day: number, locale = 'tr'): StoredEvent {
	return { id: ++id, receivedAt: START + day * DAY + 3_600_000, type, locale, query, path: `/${locale}/`, filters: null, resultCount: type === 'unanswered-search' ? 0 : 3, position: null, target: null, article: null, helpful: null, strength: null, unmatched: null, firstResult: null, seconds: null, demo: false };
}

describe('gap grouping', () => {
	it('groups unanswered and no-click searches by their normalized form and counts each kind', () => {
		const [gap, ...rest] = groupGaps(
			[event('unanswered-search', 'Kargom nerede?', 0), event('unanswered-search', 'kargolarım', 1), event('no-click-search', 'KARGO', 1), event('unanswered-search', 'kargom nerede', 2)],
			period,
		);
		expect(rest).toEqual([]);
		expect(gap).toMatchObject({ locale: 'tr', count: 4, unanswered: 3, noClick: 1, days: 3, firstSeen: '2026-05-01', lastSeen: '2026-05-03' });
	});

	it('shows the most frequent spelling and up to five distinct spellings, most frequent first', () => {
		const spellings = ['Kargom', 'kargom?', 'Kargom', 'kargolar', 'kargoyu', 'kargoyu', 'kargoyu', 'kargoyu', 'kargosu', 'kargoda', 'kargonun'];
		const [gap] = groupGaps(spellings.map((query, day) => event('unanswered-search', query, day % 10)), period);
		// `Kargom` and `kargom?` are one spelling; the way it was typed most often shows.
		expect(gap!.query).toBe('kargoyu');
		expect(gap!.examples).toEqual(['kargoyu', 'Kargom', 'kargolar', 'kargosu', 'kargoda']);
	});

	it('ranks by count, then by the number of days seen, then by query', () => {
		const events = [
			...[0, 0, 0].map((day) => event('unanswered-search', 'hediye paketi', day)), // 3 on one day
			...[1, 2, 3].map((day) => event('unanswered-search', 'fatura', day)), // 3 on three days
			...[4, 5, 6].map((day) => event('unanswered-search', 'bebek arabası', day)), // 3 on three days
			...[0, 1, 2, 3].map((day) => event('no-click-search', 'iade', day)),
		];
		expect(groupGaps(events, period).map((gap) => gap.query)).toEqual(['iade', 'bebek arabası', 'fatura', 'hediye paketi']);
	});

	it('keeps locales apart and ignores other events, empty queries and queries with nothing searchable', () => {
		const gaps = groupGaps(
			[event('unanswered-search', 'kargo', 0, 'tr'), event('unanswered-search', 'kargo', 0, 'en'), event('search', 'kargo', 0), event('search-click', 'kargo', 0), event('feedback', null, 0), event('unanswered-search', '???', 0)],
			period,
		);
		expect(gaps.map((gap) => [gap.locale, gap.count]).sort()).toEqual([
			['en', 1],
			['tr', 1],
		]);
	});

	it('compares the later half of the period with the earlier half', () => {
		const events = [event('unanswered-search', 'kargo', 1), ...[6, 7, 8, 9].map((day) => event('unanswered-search', 'kargo', day)), ...[7, 8].map((day) => event('unanswered-search', 'fatura', day))];
		const byQuery = Object.fromEntries(groupGaps(events, period).map((gap) => [gap.query, gap.trend]));
		expect(byQuery.kargo).toEqual({ direction: 'up', previous: 1, recent: 4 });
		expect(byQuery.fatura).toEqual({ direction: 'new', previous: 0, recent: 2 });
	});
});
