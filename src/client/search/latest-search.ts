/**
 * Runs searches so that only the latest query costs anything: a new one aborts the one under way
 * (which stops at its next step, see findArticles' `signal`) and starts once it has stopped, so at
 * most one runs at a time. Prefixes typed while Pagefind loads, or while a slow phone searches,
 * are never searched once a longer query has replaced them.
 */
export class LatestSearch {
	private current: AbortController | undefined;
	private running: Promise<void> = Promise.resolve();

	/** The query changed: whatever was asked for before is stale. */
	cancel(): void {
		this.current?.abort();
	}

	run(search: (signal: AbortSignal) => Promise<void>): Promise<void> {
		this.cancel();
		const latest = new AbortController();
		this.current = latest;
		const task = this.running.then(() => (latest.signal.aborted ? undefined : search(latest.signal)));
		this.running = task.catch(() => undefined);
		return task;
	}
}
