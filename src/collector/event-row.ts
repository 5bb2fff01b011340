import type { AnswerStrength } from '../analytics/event-limits.ts';
import type { IncomingEvent } from '../analytics/event-schema.ts';
import type { StoredEvent } from './event-store.ts';

/** The columns of the `events` table, in the order eventRow gives their values; every database has the same. */
export const EVENT_COLUMNS = [
	'received_at',
	'type',
	'locale',
	'query',
	'path',
	'filters',
	'result_count',
	'position',
	'target',
	'article',
	'helpful',
	'strength',
	'unmatched',
	'first_result',
	'seconds',
	'demo',
] as const;

export type SqlValue = string | number | null;

/**
 * The events of a period, oldest first, in SQLite's dialect (node:sqlite, D1, a D1 export): bind
 * `since`, then the locale when one is given.
 */
export function selectEvents(locale: string | undefined): string {
	return `SELECT * FROM events WHERE received_at >= ?${locale ? ' AND locale = ?' : ''} ORDER BY received_at, id`;
}

/** One event as the values of EVENT_COLUMNS: lists and filters as JSON text, booleans as 0/1. */
export function eventRow(event: IncomingEvent, receivedAt: number, demo: boolean): SqlValue[] {
	const search = event.type === 'feedback' || event.type === 'collector-check' ? null : event;
	const opened = event.type === 'search-click' || event.type === 'search-return' ? event : null;
	return [
		receivedAt,
		event.type,
		event.locale,
		search?.query ?? null,
		event.path,
		search?.filters ? JSON.stringify(search.filters) : null,
		search?.resultCount ?? null,
		opened?.position ?? null,
		opened?.target ?? null,
		event.type === 'feedback' ? event.article : null,
		event.type === 'feedback' ? Number(event.helpful) : null,
		search?.strength ?? null,
		search?.unmatched ? JSON.stringify(search.unmatched) : null,
		search?.firstResult ?? null,
		event.type === 'search-return' ? event.seconds : null,
		Number(demo),
	];
}

/** A row read back (SQLite, D1 or PostgreSQL: numbers may arrive as strings or bigints). */
export function storedEvent(raw: Record<string, unknown>): StoredEvent {
	const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
	const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
	return {
		id: Number(raw.id),
		receivedAt: Number(raw.received_at),
		type: raw.type as StoredEvent['type'],
		locale: String(raw.locale),
		query: text(raw.query),
		path: String(raw.path),
		filters: raw.filters ? (JSON.parse(String(raw.filters)) as Record<string, string[]>) : null,
		resultCount: number(raw.result_count),
		position: number(raw.position),
		target: text(raw.target),
		article: text(raw.article),
		helpful: raw.helpful === null || raw.helpful === undefined ? null : Number(raw.helpful) === 1,
		strength: text(raw.strength) as AnswerStrength | null,
		unmatched: raw.unmatched ? (JSON.parse(String(raw.unmatched)) as string[]) : null,
		firstResult: text(raw.first_result),
		seconds: number(raw.seconds),
		demo: Number(raw.demo) === 1,
	};
}
