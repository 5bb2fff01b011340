import { describe, expect, it } from 'vitest';
import { percentile, requestChain } from '../scripts/bench/request-chain.mjs';
import { floorOf, pagefindFileKind } from '../scripts/bench/search-floor.mjs';

describe('the request chain of a search', () => {
	const request = (url: string, start: number, end: number, gzipBytes = 100) => ({
		url: `http://x/pagefind/${url}`,
		start,
		end,
		bytes: gzipBytes * 3,
		gzipBytes,
	});

	it('counts requests that waited for another as one more round trip, and parallel ones as one', () => {
		const chain = requestChain(
			[
				request('pagefind.js', 0, 10),
				request('pagefind-entry.json', 12, 20),
				request('meta.pf_meta', 21, 30),
				request('wasm.tr.pagefind', 21, 40),
				request('tr_1.pf_index', 41, 50),
				request('a.pf_fragment', 51, 60),
				request('b.pf_fragment', 51, 62),
			],
			{ from: 0, to: 70 },
		);
		expect(chain.roundTrips).toBe(5);
		expect(chain.requests).toBe(7);
		expect(chain.gzipBytes).toBe(700);
	});

	it('leaves out what started before the visitor reached for the search or finished after the results', () => {
		const chain = requestChain([request('page.css', -50, -40), request('pagefind.js', 0, 10), request('late.pf_fragment', 20, 90)], { from: 0, to: 70 });
		expect(chain.requests).toBe(1);
		expect(chain.roundTrips).toBe(1);
	});

	it('takes the nearest-rank percentile', () => {
		const values = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(values, 0.5)).toBe(10);
		expect(percentile(values, 0.95)).toBe(19);
		expect(percentile([], 0.5)).toBeNull();
	});
});

describe("Pagefind's floor", () => {
	it('names each Pagefind file by what it is', () => {
		expect(
			[
				'pagefind.js',
				'pagefind-entry.json?ts=1',
				'wasm.tr.pagefind',
				'pagefind.tr_e7af3c2379.pf_meta',
				'index/tr_171224f.pf_index',
				'fragment/tr_f1d57c7.pf_fragment',
			].map((f) => pagefindFileKind(`http://x/pagefind/${f}`)),
		).toEqual(['js', 'entry', 'wasm', 'meta', 'index', 'fragment']);
	});

	it('adds up the files Pagefind fetched, by kind', () => {
		const floor = floorOf([
			{ url: '/pagefind/pagefind.js', bytes: 47_000, gzipBytes: 13_000 },
			{ url: '/pagefind/fragment/tr_1.pf_fragment', bytes: 3_000, gzipBytes: 3_000 },
			{ url: '/pagefind/fragment/tr_2.pf_fragment', bytes: 2_000, gzipBytes: 2_000 },
		]);
		expect(floor).toEqual({ requests: 3, gzipBytes: 18_000, byKind: { js: 13_000, fragment: 5_000 } });
	});
});
