import { describe, expect, it } from 'vitest';
import { LatestSearch } from './latest-search.ts';

/** A search that takes `steps` turns, checking its signal between them, and logs what it did. */
function searcher(log: string[]) {
	let inFlight = 0;
	let mostInFlight = 0;
	const search =
		(query: string, steps = 3) =>
		async (signal: AbortSignal) => {
			inFlight++;
			mostInFlight = Math.max(mostInFlight, inFlight);
			try {
				for (let step = 0; step < steps; step++) {
					await new Promise((done) => setTimeout(done, 5));
					if (signal.aborted) return void log.push(`${query} stopped`);
				}
				log.push(`${query} shown`);
			} finally {
				inFlight--;
			}
		};
	return { search, mostInFlight: () => mostInFlight };
}

/** A search asked for starts on a later turn (after the one before it has stopped). */
const started = () => new Promise((done) => setTimeout(done, 1));

describe('LatestSearch', () => {
	it('never starts a search whose query was replaced before it could start', async () => {
		const log: string[] = [];
		const { search } = searcher(log);
		const latest = new LatestSearch();
		await Promise.all([latest.run(search('i')), latest.run(search('ia')), latest.run(search('iad')), latest.run(search('iade'))]);
		expect(log).toEqual(['iade shown']);
	});

	it('searches only the latest of queries asked for while one runs, one at a time', async () => {
		const log: string[] = [];
		const { search, mostInFlight } = searcher(log);
		const latest = new LatestSearch();
		const first = latest.run(search('ia'));
		await started();
		// Typed on while `ia` runs: `iad` never starts, `iade` starts once `ia` has stopped.
		const skipped = latest.run(search('iad'));
		const last = latest.run(search('iade'));
		await Promise.all([first, skipped, last]);
		expect(log).toEqual(['ia stopped', 'iade shown']);
		expect(mostInFlight()).toBe(1);
	});

	it('lets a search finish when nothing newer is asked for', async () => {
		const log: string[] = [];
		const latest = new LatestSearch();
		await latest.run(searcher(log).search('kargo'));
		await latest.run(searcher(log).search('kargo takip'));
		expect(log).toEqual(['kargo shown', 'kargo takip shown']);
	});

	it('stops the search under way when the query is cleared, without starting another', async () => {
		const log: string[] = [];
		const latest = new LatestSearch();
		const running = latest.run(searcher(log).search('iade'));
		await started();
		latest.cancel();
		await running;
		expect(log).toEqual(['iade stopped']);
	});

	it('goes on after a search that failed', async () => {
		const log: string[] = [];
		const latest = new LatestSearch();
		const failed = latest.run(async () => {
			throw new Error('offline');
		});
		await expect(failed).rejects.toThrow('offline');
		await latest.run(searcher(log).search('iade'));
		expect(log).toEqual(['iade shown']);
	});
});
