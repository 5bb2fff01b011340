import type { IncomingEvent } from '../analytics/event-schema.ts';

export interface GroupCommitOptions {
	/** Stores the events of every waiting request in one transaction, all received at `receivedAt`. */
	write: (events: IncomingEvent[], receivedAt: number) => Promise<unknown> | void;
	now?: () => number;
	/** Waits for the requests of this turn to arrive: setImmediate in Node, setTimeout elsewhere. */
	defer?: (next: () => void) => void;
	/** Keeps a runtime alive for a commit that outlives the request that started it (a Worker's waitUntil). */
	keepAlive?: (work: Promise<unknown>) => void;
}

export interface GroupCommit {
	/** Resolves once the transaction holding these events committed; rejects when it did not. */
	add: (events: IncomingEvent[]) => Promise<void>;
	/** Resolves once nothing is waiting or being committed. */
	drain: () => Promise<void>;
}

/**
 * Group commit, the promise every store keeps: requests that arrive while a commit is under way
 * share the next transaction, one commit at a time, and each request's promise resolves only after
 * the transaction holding its events committed (or rejects, with all of them, when it did not).
 * This is what makes thousands of events per second possible with a durable commit each.
 */
export function groupCommit({ write, now = Date.now, defer = (next) => setTimeout(next, 0), keepAlive = () => undefined }: GroupCommitOptions): GroupCommit {
	let pending: Array<{ events: IncomingEvent[]; done: () => void; failed: (error: unknown) => void }> = [];
	let committing: Promise<void> | null = null;

	async function commit(): Promise<void> {
		const batch = pending;
		pending = [];
		try {
			await write(
				batch.flatMap((request) => request.events),
				now(),
			);
		} catch (error) {
			for (const request of batch) request.failed(error);
			return;
		}
		for (const request of batch) request.done();
	}

	function schedule(): void {
		if (committing) return;
		committing = new Promise<void>((resolve) => defer(resolve)).then(commit).finally(() => {
			committing = null;
			if (pending.length) schedule();
		});
		keepAlive(committing);
	}

	return {
		add: (events) =>
			new Promise((done, failed) => {
				pending.push({ events, done, failed });
				schedule();
			}),
		drain: async () => {
			while (committing) await committing;
		},
	};
}

/**
 * `setup` (a schema migration) run once and shared by every caller; a failure (the database is
 * down) is forgotten, so the next call tries again and the collector recovers without a restart.
 */
export function onceItWorks(setup: () => Promise<void>): () => Promise<void> {
	let running: Promise<void> | null = null;
	return () => {
		running ??= setup().catch((error: unknown) => {
			running = null;
			throw error;
		});
		return running;
	};
}
