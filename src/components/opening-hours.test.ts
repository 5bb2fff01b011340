import { describe, expect, it } from 'vitest';
import { groupOpeningHours, hasHours, timeZoneName } from './opening-hours.ts';

const weekdays = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00', sat: '10:00-16:00' } as const;

describe('opening hours', () => {
	it('joins consecutive days with the same hours, in the reader’s language', () => {
		expect(groupOpeningHours(weekdays, 'tr')).toEqual([
			{ days: 'Pzt – Cum', hours: '9:00 – 18:00' },
			{ days: 'Cmt', hours: '10:00 – 16:00' },
			{ days: 'Paz', hours: null },
		]);
		expect(groupOpeningHours(weekdays, 'en')[0]).toEqual({ days: 'Mon – Fri', hours: '9:00 AM – 6:00 PM' });
	});

	it('treats days that are left out as closed', () => {
		expect(groupOpeningHours({ sat: '10:00-14:00' }, 'en')).toEqual([
			{ days: 'Mon – Fri', hours: null },
			{ days: 'Sat', hours: '10:00 AM – 2:00 PM' },
			{ days: 'Sun', hours: null },
		]);
	});

	it('knows when there are no hours to show', () => {
		expect(hasHours({})).toBe(false);
		expect(hasHours({ sun: 'closed' })).toBe(false);
		expect(hasHours(weekdays)).toBe(true);
	});

	it('names the time zone for people', () => {
		expect(timeZoneName('Europe/Berlin', 'de')).toMatch(/Mitteleuropäische/);
	});
});
