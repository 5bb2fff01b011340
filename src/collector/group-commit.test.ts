import { describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../analytics/event-schema.ts';
import { groupCommit, onceItWorks } from './group-commit.ts';

const event = (query: string) => ({ type: 'unanswered-search', query, locale: 'tr', path: '/tr/', resultCount: 0, ts: 1 }) as IncomingEvent;
const queries = (events: IncomingEvent[]) => events.map((each) => ('query' in each ? each.query : ''));

describe('group commit', () => {
	it('writes the requests of one turn together, and those arriving during a write in the next one', async () => {
		const writes: string[][] = [];
		let release!: () => void;
		const commits = groupCommit({
			now: () => 7,
			write: async (events, receivedAt) => {
				expect(receivedAt).toBe(7);
				writes.push(queries(events));
				if (writes.length === 1) await new Promise<void>((done) => (release = done));
			},
		});
		const first = [commits.add([event('a'), event('b')]), commits.add([event('c')])];
		await new Promise((done) => setTimeout(done, 5));
		const second = [commits.add([event('d')]), commits.add([event('e')])];
		await new Promise((done) => setTimeout(done, 5));
		expect(writes).toEqual([['a', 'b', 'c']]); // d and e wait for the write under way
		release();
		await Promise.all([...first, ...second]);
		expect(writes).toEqual([
			['a', 'b', 'c'],
			['d', 'e'],
		]);
	});

	it('resolves no request before its write is done, and rejects every request of a failed one', async () => {
		let finish!: () => void;
		let fail = true;
		const commits = groupCommit({
			write: () => {
				if (fail) return Promise.reject(new Error('disk full'));
				return new Promise<void>((done) => (finish = done));
			},
		});
		const results = await Promise.allSettled([commits.add([event('a')]), commits.add([event('b')])]);
		expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
		fail = false;
		let resolved = false;
		const pending = commits.add([event('c')]).then(() => (resolved = true));
		await new Promise((done) => setTimeout(done, 5));
		expect(resolved).toBe(false);
		finish();
		await pending;
		expect(resolved).toBe(true);
		await commits.drain();
	});
});

describe('once it works', () => {
	it('shares one run between callers, and tries again after a failure', async () => {
		let runs = 0;
		const ready = onceItWorks(async () => {
			runs += 1;
			if (runs === 1) throw new Error('database down');
		});
		await expect(Promise.all([ready(), ready()])).rejects.toThrow('database down');
		expect(runs).toBe(1);
		await Promise.all([ready(), ready()]);
		await ready();
		expect(runs).toBe(2);
	});
});
