import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsEvent } from '../../analytics/events.ts';
import { createBeaconQueue, MAX_ATTEMPTS } from './beacon-queue.ts';

const event = (query: string): AnalyticsEvent => ({ type: 'unanswered-search', query, locale: 'tr', path: '/tr/', resultCount: 0, ts: 1 });
const listeners = new Map<string, () => void>();
let answers: Array<number | 'offline'>;
let posted: string[][];
let beacons: string[][];
let warnings: string[];
/** The tab's sessionStorage, kept from one page of the visit to the next. */
let tab: Map<string, string>;

beforeEach(() => {
	vi.useFakeTimers();
	listeners.clear();
	answers = [];
	posted = [];
	beacons = [];
	warnings = [];
	tab = new Map();
	const sent = (body: string) => (JSON.parse(body) as { events: Array<{ query: string }> }).events.map((e) => e.query);
	vi.stubGlobal('addEventListener', (type: string, listener: () => void) => listeners.set(type, listener));
	vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: (type: string, listener: () => void) => listeners.set(type, listener) });
	vi.stubGlobal('navigator', { sendBeacon: (_url: string, body: string) => (beacons.push(sent(body)), true) });
	vi.stubGlobal('sessionStorage', { getItem: (key: string) => tab.get(key) ?? null, setItem: (key: string, value: string) => void tab.set(key, value) });
	vi.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
	vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
		posted.push(sent(init.body));
		const answer = answers.shift() ?? 202;
		if (answer === 'offline') throw new TypeError('Failed to fetch');
		return { status: answer };
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('sending events to the collector', () => {
	it('tries again later when the collector cannot store them, at most a few times', async () => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = [503, 429, 503];
		queue.add(event('kargo'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(posted).toEqual([['kargo']]);
		await vi.advanceTimersByTimeAsync(1000); // first retry after 1 s: 429
		await vi.advanceTimersByTimeAsync(2000); // second after 2 s more: 503 again, and that was the last
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toEqual(Array.from({ length: MAX_ATTEMPTS }, () => ['kargo']));
	});

	it('does not resend after a lost connection: the events may have arrived', async () => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = ['offline'];
		queue.add(event('iade'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(60_000);
		listeners.get('pagehide')!();
		expect(posted).toEqual([['iade']]);
		expect(beacons).toEqual([]);
	});

	it('sends once when stored, drops events the collector refuses as invalid, and keeps order on retry', async () => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = [202, 422, 503];
		queue.add(event('a'));
		queue.flush();
		queue.add(event('b'));
		queue.flush();
		queue.add(event('c'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		queue.add(event('d'));
		await vi.advanceTimersByTimeAsync(1000);
		expect(posted).toEqual([['a'], ['b'], ['c'], ['c', 'd']]);
	});

	it('hands what is queued to sendBeacon when the page is left, retries included', async () => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = [503];
		queue.add(event('iade'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		queue.add(event('fatura'));
		listeners.get('pagehide')!();
		expect(beacons).toEqual([['iade', 'fatura']]);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toEqual([['iade']]);
	});
});

describe('a site whose host has no collector', () => {
	it.each([404, 405])('stops sending for the visit after a %i and says once which setting to change', async (status) => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = [status, status];
		queue.add(event('kargo'));
		queue.flush();
		queue.add(event('iade'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		queue.add(event('fatura'));
		queue.flush();
		listeners.get('pagehide')!();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toEqual([['kargo'], ['iade']]); // both were on their way before the first answer
		expect(beacons).toEqual([]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`no search-event collector answers at /api/search-events (HTTP ${status})`);
		expect(warnings[0]).toContain('analytics.endpoint in astro.config.mjs');
		expect(warnings[0]).toContain('analytics.enabled: false');

		// The next page of the same visit asks no more.
		const next = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		next.add(event('taksit'));
		next.flush();
		listeners.get('pagehide')!();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toHaveLength(2);
		expect(beacons).toEqual([]);
		expect(warnings).toHaveLength(1);
	});

	it('still stops on this page when sessionStorage is blocked, and the next page asks once again', async () => {
		vi.stubGlobal('sessionStorage', {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
		});
		answers = [404, 404];
		const queue = createBeaconQueue('/api/search-events');
		queue.add(event('kargo'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		queue.add(event('iade'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(posted).toEqual([['kargo']]);
		createBeaconQueue('/api/search-events').add(event('fatura'));
		listeners.get('pagehide')!();
		expect(beacons).toEqual([['fatura']]);
	});

	it('keeps sending when the endpoint answers otherwise, and a stored endpoint of another build does not silence this one', async () => {
		tab.set('destek:missing-collector', 'https://old-collector.example/api/search-events');
		answers = [422, 403, 202];
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		for (const query of ['a', 'b', 'c']) {
			queue.add(event(query));
			queue.flush();
			await vi.advanceTimersByTimeAsync(0);
		}
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toEqual([['a'], ['b'], ['c']]);
		expect(warnings).toEqual([]);
	});

	it('drops a retry that was waiting when the collector turns out to be missing', async () => {
		const queue = createBeaconQueue('/api/search-events', { retryAfterMs: 1000 });
		answers = [503, 404];
		queue.add(event('kargo'));
		queue.flush();
		queue.add(event('iade'));
		queue.flush();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(posted).toEqual([['kargo'], ['iade']]);
		expect(warnings).toHaveLength(1);
	});
});
