import type { EventStore } from '../../collector/event-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes events older than `days` now and every six hours while the collector runs. A database
 * that cannot be reached just now is pruned on the next round.
 */
export function keepForDays(store: Pick<EventStore, 'deleteBefore'>, days: number, now: () => number = Date.now): () => void {
	const prune = () => void store.deleteBefore(now() - days * DAY_MS).catch(() => undefined);
	prune();
	const timer = setInterval(prune, DAY_MS / 4);
	timer.unref();
	return () => clearInterval(timer);
}
