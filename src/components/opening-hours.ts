import { WEEKDAYS, type WeeklyHours, type Weekday } from '../schemas/contact.ts';
import { memoize } from '../utils/memoize.ts';

export interface HoursRow {
	/** "Pzt – Cum" or "Cmt". */
	days: string;
	/** "09:00 – 18:00", or null when closed. */
	hours: string | null;
}

/** 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names. */
const MONDAY = Date.UTC(2024, 0, 1);

/**
 * Opening hours as rows for people: consecutive days with the same hours are joined
 * ("Mon – Fri 9:00 AM – 6:00 PM"), day and time names come from Intl in the reader's language.
 */
export function groupOpeningHours(hours: WeeklyHours, locale: string): HoursRow[] {
	return groupedHours(locale, JSON.stringify(hours));
}
// Every page shows the same hours: building Intl formatters for each was 0.5 ms of every page's render.
const groupedHours = memoize((locale: string, hours: string) => groupHours(JSON.parse(hours) as WeeklyHours, locale));

function groupHours(hours: WeeklyHours, locale: string): HoursRow[] {
	const dayName = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
	const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
	const nameOf = (day: Weekday) => dayName.format(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
	const formatRange = (range: string) =>
		range
			.split('-')
			.map((hhmm) => {
				const [h, m] = hhmm.split(':').map(Number) as [number, number];
				return time.format(Date.UTC(2024, 0, 1, h, m));
			})
			.join(' – ');

	const rows: Array<{ first: Weekday; last: Weekday; value: string }> = [];
	for (const day of WEEKDAYS) {
		const value = hours[day] ?? 'closed';
		const previous = rows.at(-1);
		if (previous && previous.value === value) previous.last = day;
		else rows.push({ first: day, last: day, value });
	}
	return rows.map(({ first, last, value }) => ({
		days: first === last ? nameOf(first) : `${nameOf(first)} – ${nameOf(last)}`,
		hours: value === 'closed' ? null : formatRange(value),
	}));
}

/** "GMT+03:00" style names are unhelpful; prefer the zone's generic name ("Türkiye Saati"). */
export const timeZoneName = memoize((timeZone: string, locale: string): string => {
	const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(Date.UTC(2024, 0, 1));
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
});

/** Whether any day has hours at all. */
export function hasHours(hours: WeeklyHours | undefined): hours is WeeklyHours {
	return !!hours && Object.values(hours).some((value) => value && value !== 'closed');
}
