/**
 * Runs one task at a time and, of those asked for meanwhile, only the last: typing `iade` while
 * the search for `ia` runs gives one more search, for `iade`, and none for `iad`. A task should
 * still check, after each wait, that nothing newer was asked for (see `stale`).
 */
export class LatestOnly {
	private running = false;
	private next: (() => Promise<void>) | undefined;

	/** Runs `task` now, or after the running one in place of any task still waiting. */
	run(task: () => Promise<void>): void {
		if (this.running) {
			this.next = task;
			return;
		}
		this.running = true;
		void task()
			.catch(() => undefined) // the task reports its own errors
			.finally(() => {
				this.running = false;
				const next = this.next;
				this.next = undefined;
				if (next) this.run(next);
			});
	}

	/** Whether a newer task waits: the running one's work would be thrown away. */
	get stale(): boolean {
		return this.next !== undefined;
	}
}
