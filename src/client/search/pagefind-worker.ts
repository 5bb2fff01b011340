import type { PagefindHit, PagefindResultData, PagefindSearch } from '../../search/search-types.ts';
import type { PagefindOptions } from '../../search/pagefind-options.ts';

/** What Pagefind's worker answers to a message: `{ id, result }` or `{ id, error }`. */
interface WorkerReply {
	id: string;
	result?: unknown;
	error?: string;
}

/** A search as the worker returns it: each result's data is fetched by its id (`getData`). */
interface WorkerSearchResult {
	results: Array<Omit<PagefindHit, 'data'> & { data: string }>;
}

/** The worker could not be started or loaded (blocked, missing): search on the page instead. */
export class WorkerUnavailable extends Error {}

/**
 * Pagefind's own web worker (`pagefind-worker.js`, part of every Pagefind 1.6 bundle), spoken to
 * without `pagefind.js`: that script only relays these messages when the worker runs the search,
 * and would cost the first search 13 kB (gzip) and a round trip. The messages are the ones
 * `pagefind.js` sends (`{ id, instanceId, method, args }`, answered `{ id, result | error }`);
 * tests/search-browser.test.ts runs them against the real worker,
 * so a Pagefind update that changes them fails there.
 */
export class PagefindWorker {
	private readonly worker: Worker;
	private readonly waiting = new Map<string, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
	private failure: Error | undefined;
	private messages = 0;
	/** Languages whose index started loading before anyone searched (see `prepare`). */
	private readonly prepared = new Set<string>();
	/** Results the page no longer holds are forgotten by the worker too. */
	private readonly release = new FinalizationRegistry<{ instanceId: string; dataId: string }>(
		({ instanceId, dataId }) => void this.call(instanceId, 'releaseData', [dataId]).catch(() => undefined),
	);

	constructor(url: string) {
		try {
			this.worker = new Worker(url);
		} catch (error) {
			throw new WorkerUnavailable(`Pagefind's worker could not start (${url}): ${String(error)}`);
		}
		this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
			const { id, result, error } = event.data;
			const waiting = this.waiting.get(id);
			this.waiting.delete(id);
			if (error !== undefined) waiting?.reject(new Error(`Pagefind: ${error}`));
			else waiting?.resolve(result);
		});
		// The script could not be loaded or run (blocked, missing): every call fails from now on.
		this.worker.addEventListener('error', () => {
			this.failure = new WorkerUnavailable(`Pagefind's worker could not start (${url})`);
			for (const { reject } of this.waiting.values()) reject(this.failure);
			this.waiting.clear();
		});
	}

	/** Starts loading a language's index now, for the first `open` of that language to use. */
	prepare(options: PagefindOptions): void {
		this.prepared.add(options.language);
		this.call(instanceOf(options), 'init', [options]).catch(() => this.prepared.delete(options.language));
	}

	/**
	 * Searches one language's index, loaded by `prepare` or now; the searches wait for it in the
	 * worker. Opened again (after a failed load), the index is loaded afresh.
	 */
	async open(options: PagefindOptions): Promise<PagefindSearch> {
		const instanceId = instanceOf(options);
		if (!this.prepared.delete(options.language)) await this.call(instanceId, 'init', [options]);
		else if (this.failure) throw this.failure;
		return {
			search: async (term, searchOptions = {}) => {
				const found = (await this.call(instanceId, 'search', [term, searchOptions])) as WorkerSearchResult | null;
				if (!found) return null;
				const results = found.results.map((result): PagefindHit => {
					const hit = { ...result, data: () => this.call(instanceId, 'getData', [result.data]) as Promise<PagefindResultData> };
					this.release.register(hit, { instanceId, dataId: result.data });
					return hit;
				});
				return { ...found, results };
			},
		};
	}

	private call(instanceId: string, method: string, args: unknown[]): Promise<unknown> {
		if (this.failure) return Promise.reject(this.failure);
		const id = `destek_msg_${this.messages++}`;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.worker.postMessage({ id, instanceId, method, args });
		});
	}
}

/** One Pagefind instance in the worker per language; a new `init` replaces it. */
function instanceOf(options: PagefindOptions): string {
	return `destek_${options.language}`;
}
