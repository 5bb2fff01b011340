import type { AnswerStrength } from '../analytics/event-limits.ts';
import type { IncomingEvent } from '../analytics/event-schema.ts';

/** What the collector needs of a database: events stored, the promise kept only after commit. */
export interface EventSink {
	/** Resolves once the events are committed; rejects (and stores none of them) otherwise. */
	add(events: IncomingEvent[]): Promise<void>;
}

export interface ReadOptions {
	/** Events received at or after this time (ms). */
	since?: number | undefined;
	locale?: string | undefined;
}

/** Every database Destek stores events in: SQLite (node:sqlite), PostgreSQL, Cloudflare D1. */
export interface EventStore extends EventSink {
	/** Events received at or after `since`, oldest first. */
	read(options?: ReadOptions): Promise<StoredEvent[]>;
	/** Deletes events received before `before` (ms); resolves to how many. */
	deleteBefore(before: number): Promise<number>;
	/** Commits what is pending, then lets the database go. */
	close(): Promise<void>;
}

/** A stored event as the report reads it. */
export interface StoredEvent {
	id: number;
	receivedAt: number;
	type: IncomingEvent['type'];
	locale: string;
	query: string | null;
	path: string;
	filters: Record<string, string[]> | null;
	resultCount: number | null;
	position: number | null;
	target: string | null;
	article: string | null;
	helpful: boolean | null;
	/** Null for events from pages built before answer strength. */
	strength: AnswerStrength | null;
	unmatched: string[] | null;
	firstResult: string | null;
	seconds: number | null;
	/** Made by npm run demo:events. */
	demo: boolean;
}
