/** One request of a load: where it went, how it was answered (0: no answer at all) and what it carried. */
export interface LoadAnswer {
	url: string;
	status: number;
	retryAfter: string | null;
	/** The queries of its events, each used once in the whole load. */
	queries: string[];
	/** performance.now() when the answer came, and how long it took. */
	at: number;
	ms: number;
}

export interface LoadOptions {
	/** Collector URLs; client n posts to urls[n % urls.length]. */
	urls: string[];
	clients?: number;
	/** Events per request (a browser sends up to 10). */
	batch?: number;
	/** Starts every query, so loads on one database can be told apart. */
	prefix?: string;
}

/**
 * Clients posting search events to collectors as fast as they are answered, until stop(): every
 * event carries a query of its own, so the database can be checked against what was acknowledged.
 * A refused request is not sent again (its queries are never acknowledged); the client waits a
 * little, as a browser would, so a collector that is down is not hammered.
 */
export function startLoad({ urls, clients = 16, batch = 10, prefix = 'load' }: LoadOptions) {
	const answers: LoadAnswer[] = [];
	let stopped = false;
	const running = Promise.all(
		Array.from({ length: clients }, async (_, client) => {
			const url = urls[client % urls.length]!;
			for (let request = 0; !stopped; request++) {
				// Letters between the numbers: scrubbing would turn a run of digits into [number].
				const queries = Array.from({ length: batch }, (_, i) => `${prefix} c${client}r${request}e${i}`);
				const events = queries.map((query) => ({ type: 'unanswered-search', query, locale: 'tr', path: '/tr/', resultCount: 0, ts: Date.now() }));
				const sent = performance.now();
				const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ events }) })
					.then(async (response) => {
						await response.arrayBuffer();
						return { status: response.status, retryAfter: response.headers.get('retry-after') };
					})
					.catch(() => ({ status: 0, retryAfter: null }));
				const at = performance.now();
				answers.push({ url, ...answer, queries, at, ms: at - sent });
				if (answer.status !== 202) await new Promise((resume) => setTimeout(resume, 50));
			}
		}),
	);
	return {
		/** Grows while the load runs. */
		answers,
		/** Queries of the requests answered 202. */
		acknowledged: () => answers.filter((answer) => answer.status === 202).flatMap((answer) => answer.queries),
		/** Resolves once some answer satisfies `test`; rejects, naming `what`, when none has in `seconds`. */
		async waitFor(test: (answer: LoadAnswer) => boolean, what = 'the awaited answer', seconds = 20): Promise<LoadAnswer> {
			const until = performance.now() + seconds * 1000;
			for (let checked = 0; performance.now() < until;) {
				const found = answers.slice(checked).find(test);
				if (found) return found;
				checked = answers.length;
				await new Promise((resume) => setTimeout(resume, 20));
			}
			throw new Error(`${what}: none came within ${seconds} s (${answers.length} answers: ${summary(answers)})`);
		},
		/** Lets every client finish its request in flight. */
		async stop(): Promise<LoadAnswer[]> {
			stopped = true;
			await running;
			return answers;
		},
	};
}

/** `202 × 310, 503 × 12`: what a load was answered. */
function summary(answers: LoadAnswer[]): string {
	const counts = new Map<number, number>();
	for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1);
	return [...counts].map(([status, count]) => `${status || 'no answer'} × ${count}`).join(', ');
}
