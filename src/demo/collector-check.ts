import { MAX_EVENTS_PER_REQUEST } from '../analytics/events.ts';
import { scrubEvent } from '../analytics/scrub.ts';
import { EventBatchSchema, type CustomerEvent } from '../analytics/event-schema.ts';
import type { DemoEvent } from './search-session.ts';

/** A generated event the collector would refuse: a mistake in the demo data, never the user's. */
export class DemoEventError extends Error {}

/**
 * The events exactly as the collector would store them: sent in batches of at most
 * `MAX_EVENTS_PER_REQUEST`, each batch parsed with the collector's schema, search texts cleaned
 * again. So the demo can never store what a browser could not.
 */
export function asCollectorStores(events: readonly DemoEvent[]): DemoEvent[] {
	const stored: DemoEvent[] = [];
	for (let from = 0; from < events.length; from += MAX_EVENTS_PER_REQUEST) {
		const batch = events.slice(from, from + MAX_EVENTS_PER_REQUEST);
		const parsed = EventBatchSchema.safeParse({ events: batch.map(({ event }) => event) });
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const index = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
			const where = issue.path.slice(2).join('.') || 'event';
			throw new DemoEventError(
				`The collector would refuse demo event ${from + index + 1} (${JSON.stringify(batch[index]?.event)}): ${where}: ${issue.message}. This is a bug in src/demo/.`,
			);
		}
		parsed.data.events.forEach((event, index) => stored.push({ event: scrubEvent(event) as CustomerEvent, receivedAt: batch[index]!.receivedAt }));
	}
	return stored;
}
