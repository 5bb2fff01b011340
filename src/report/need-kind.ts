import type { NeedKind } from './report-types.ts';

type Counts = Record<'unanswered' | 'partial' | 'returned' | 'noClick' | 'count' | 'satisfied', number>;

/** Most severe first: ties between kinds go to the one that says more about the content. */
const BY_SEVERITY: Array<[NeedKind, (counts: Counts) => number]> = [
	['unanswered', (counts) => counts.unanswered],
	['partial', (counts) => counts.partial],
	['returned', (counts) => counts.returned],
	['no-click', (counts) => counts.noClick],
];

/** The kind of failure the need has most of. */
export function kindOf(counts: Counts): NeedKind {
	let [kind, most] = [BY_SEVERITY[0]![0], -1];
	for (const [candidate, pick] of BY_SEVERITY) {
		if (pick(counts) > most) [kind, most] = [candidate, pick(counts)];
	}
	return kind;
}

/**
 * A need is a gap when it failed at least `minCount` times and more often than it was answered:
 * a need whose answer customers open and read is covered, whatever a few others did.
 */
export function isGap(counts: Counts, minCount: number): boolean {
	return counts.count >= minCount && counts.count > counts.satisfied;
}
