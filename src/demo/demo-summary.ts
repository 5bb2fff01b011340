import { EVENT_TYPES } from '../analytics/events.ts';
import type { DemoEvent } from './search-session.ts';

/** The sent event types, in the order a search produces them (`partial-search` never leaves the page). */
const COLUMNS = EVENT_TYPES.filter((type) => type !== 'partial-search');

/** Events per locale and type, with totals: what the summary prints and the tests read. */
export function countByLocaleAndType(events: readonly DemoEvent[]): Map<string, Map<string, number>> {
	const counts = new Map<string, Map<string, number>>();
	for (const { event } of events) {
		let row = counts.get(event.locale);
		if (!row) counts.set(event.locale, (row = new Map<string, number>()));
		row.set(event.type, (row.get(event.type) ?? 0) + 1);
	}
	return counts;
}

/** A plain-text table: one row per locale, one column per event type, and a total row. */
export function formatCounts(events: readonly DemoEvent[]): string {
	const counts = countByLocaleAndType(events);
	const header = ['locale', ...COLUMNS, 'total'];
	const rows = [...counts].map(([locale, row]) => [locale, ...COLUMNS.map((type) => row.get(type) ?? 0), sum(row.values())]);
	const total = ['total', ...COLUMNS.map((type) => sum([...counts.values()].map((row) => row.get(type) ?? 0))), events.length];
	const cells = [header, ...rows, total].map((row) => row.map(String));
	const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
	return cells.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

function sum(values: Iterable<number>): number {
	let total = 0;
	for (const value of values) total += value;
	return total;
}
