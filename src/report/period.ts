/** The time span a report covers, in milliseconds since the epoch. */
export interface Period {
	since: number;
	until: number;
}

const HOUR = 3_600_000;
const UNIT_MS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
const RELATIVE = /^(\d{1,5})([hdw])$/;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * `--since`: `30d`, `12h`, `2w` back from `now`, or an ISO date (`2026-05-01`, midnight UTC) or
 * date-time. Null when the value is none of these, or not a real calendar date.
 */
export function parseSince(value: string, now: number): number | null {
	const relative = RELATIVE.exec(value);
	if (relative) {
		const amount = Number(relative[1]);
		return amount > 0 ? now - amount * UNIT_MS[relative[2]!]! : null;
	}
	const iso = ISO_DATE.exec(value);
	if (!iso) return null;
	// `Date.parse('2026-02-30')` rolls over to March; a mistyped date must not pass silently.
	const day = Date.parse(iso[1]!);
	if (Number.isNaN(day) || utcDay(day) !== iso[1]) return null;
	// A date-time without a zone would be read in the machine's zone; the report speaks UTC.
	const time = Date.parse(iso[2] && !iso[5] ? `${value}Z` : value);
	if (Number.isNaN(time)) return null;
	return time;
}

/** `YYYY-MM-DD` of a moment, in UTC. */
export function utcDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** Every UTC day the period touches, oldest first. */
export function daysOf({ since, until }: Period): string[] {
	const days: string[] = [];
	for (let day = Date.parse(utcDay(since)); day <= until; day += UNIT_MS.d!) days.push(utcDay(day));
	return days;
}
