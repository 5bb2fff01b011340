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
	const value = (column: string) => sqlScalar(raw[column], column);
	const number = (column: string) => {
		const scalar = value(column);
		return scalar === null || scalar === undefined ? null : Number(scalar);
	};
	const text = (column: string) => {
		const scalar = value(column);
		return scalar === null || scalar === undefined ? null : String(scalar);
	};
	const json = <T>(column: string) => {
		const scalar = value(column);
		return scalar ? (JSON.parse(String(scalar)) as T) : null;
	};
	const helpful = value('helpful');
	return {
		id: Number(value('id')),
		receivedAt: Number(value('received_at')),
		type: value('type') as StoredEvent['type'],
		locale: String(value('locale')),
		query: text('query'),
		path: String(value('path')),
		filters: json<Record<string, string[]>>('filters'),
		resultCount: number('result_count'),
		position: number('position'),
		target: text('target'),
		article: text('article'),
		helpful: helpful === null || helpful === undefined ? null : Number(helpful) === 1,
		strength: text('strength') as AnswerStrength | null,
		unmatched: json<string[]>('unmatched'),
		firstResult: text('first_result'),
		seconds: number('seconds'),
		demo: Number(value('demo')) === 1,
	};
}

/**
 * A column's value as the databases give it: text, a number, a bigint or nothing. Anything else (an
 * object, a BLOB) is not a value of the collector's table, and is refused rather than read as
 * `[object Object]`.
 */
function sqlScalar(value: unknown, column: string): string | number | bigint | boolean | null | undefined {
	if (value === null) return null;
	switch (typeof value) {
		case 'undefined':
		case 'string':
		case 'number':
		case 'bigint':
		case 'boolean':
			return value;
	}
	throw new TypeError(
		`The events table's ${column} column holds ${Object.prototype.toString.call(value)}, not text or a number: is the table the one the collector created (see src/collector/stores/*-migrations.ts)?`,
	);
}
