/** How often a gap was seen in the later half of the period compared with the earlier half. */
export interface Trend {
	direction: 'up' | 'down' | 'flat' | 'new';
	/** Count in the earlier half. */
	previous: number;
	/** Count in the later half. */
	recent: number;
}

/** Differences smaller than this are noise at help-center volumes, whatever the ratio. */
const MIN_CHANGE = 2;
const RATIO = 1.25;

export function trendOf(previous: number, recent: number): Trend {
	let direction: Trend['direction'] = 'flat';
	if (previous === 0 && recent > 0) direction = 'new';
	else if (recent - previous >= MIN_CHANGE && recent >= previous * RATIO) direction = 'up';
	else if (previous - recent >= MIN_CHANGE && previous >= recent * RATIO) direction = 'down';
	return { direction, previous, recent };
}

/** The moment that splits a period into the earlier and the later half. */
export function midpoint(since: number, until: number): number {
	return since + (until - since) / 2;
}
