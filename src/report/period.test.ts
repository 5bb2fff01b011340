import { describe, expect, it } from 'vitest';
import { daysOf, parseSince, utcDay } from './period.ts';
import { trendOf } from './trend.ts';

const NOW = Date.parse('2026-05-31T12:00:00Z');
const HOUR = 3_600_000;

describe('report period', () => {
	it('reads hours, days and weeks back from now', () => {
		expect(parseSince('12h', NOW)).toBe(NOW - 12 * HOUR);
		expect(parseSince('30d', NOW)).toBe(NOW - 30 * 24 * HOUR);
		expect(parseSince('2w', NOW)).toBe(NOW - 14 * 24 * HOUR);
	});

	it('reads ISO dates as UTC midnight and date-times without a zone as UTC', () => {
		expect(parseSince('2026-05-01', NOW)).toBe(Date.parse('2026-05-01T00:00:00Z'));
		expect(parseSince('2026-05-01T08:30', NOW)).toBe(Date.parse('2026-05-01T08:30:00Z'));
		expect(parseSince('2026-05-01T08:30:00+03:00', NOW)).toBe(Date.parse('2026-05-01T05:30:00Z'));
	});

	it('refuses anything else, including dates that do not exist', () => {
		for (const value of ['30', 'd30', '0d', '30 days', '1m', '2026-02-30', '2026-13-01', '01.05.2026', 'yesterday', ''])
			expect(parseSince(value, NOW), value).toBeNull();
	});

	it('lists every UTC day the period touches', () => {
		expect(daysOf({ since: Date.parse('2026-05-29T23:00:00Z'), until: Date.parse('2026-05-31T01:00:00Z') })).toEqual([
			'2026-05-29',
			'2026-05-30',
			'2026-05-31',
		]);
		expect(utcDay(Date.parse('2026-05-31T23:59:59Z'))).toBe('2026-05-31');
	});
});

describe('gap trend', () => {
	it('calls a clear rise up, a clear fall down and anything small flat', () => {
		expect(trendOf(2, 6).direction).toBe('up');
		expect(trendOf(6, 2).direction).toBe('down');
		expect(trendOf(4, 5).direction).toBe('flat');
		expect(trendOf(20, 21).direction).toBe('flat');
	});

	it('calls a query that appeared only in the later half new', () => {
		expect(trendOf(0, 1)).toEqual({ direction: 'new', previous: 0, recent: 1 });
		expect(trendOf(3, 0).direction).toBe('down');
	});
});
