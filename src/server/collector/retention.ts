import type { EventStore } from './event-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events older than `days` now and every six hours while the collector runs. */
export function keepForDays(store: EventStore, days: number, now: () => number = Date.now): () => void {
	const prune = () => store.deleteBefore(now() - days * DAY_MS);
	prune();
	const timer = setInterval(prune, DAY_MS / 4);
	timer.unref();
	return () => clearInterval(timer);
}
