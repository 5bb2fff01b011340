import { describe, expect, it } from 'vitest';
import type { AnalyticsEvent } from '../../analytics/events.ts';
import { DeferredRecorder } from './deferred-recorder.ts';
import type { Recorder } from './search-tracking.ts';

const event = (query: string) => ({ type: 'search', query, resultCount: 1, locale: 'tr', ts: 1 }) as unknown as AnalyticsEvent;

/** A recorder module that loads when told to (`arrive`) or fails, and logs what reaches it. */
function recorderModule() {
	const log: string[] = [];
	let imports = 0;
	let arrive: (recorder: Recorder) => void = () => undefined;
	let fail: (error: Error) => void = () => undefined;
	const recorder: Recorder = {
		record: (e, options) => log.push(`record ${(e as { query: string }).query}${options?.send === false ? ' (kept)' : ''}`),
		flush: () => log.push('flush'),
	};
	const load = () => {
		imports++;
		return new Promise<Recorder>((resolve, reject) => {
			arrive = resolve;
			fail = reject;
		});
	};
	return { log, load, imports: () => imports, arrive: () => arrive(recorder), fail: () => fail(new Error('offline')) };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('DeferredRecorder', () => {
	it('fetches nothing until told, then replays what was recorded meanwhile, in order', async () => {
		const module = recorderModule();
		const recorder = new DeferredRecorder(module.load);
		expect(module.imports()).toBe(0);
		recorder.load();
		recorder.record(event('iade'));
		recorder.record(event('kargo'), { send: false });
		recorder.flush();
		expect(module.log).toEqual([]);
		module.arrive();
		await settle();
		recorder.record(event('fatura'));
		expect(module.log).toEqual(['record iade', 'record kargo (kept)', 'flush', 'record fatura']);
		expect(module.imports()).toBe(1);
	});

	it('starts loading on the first event when nobody did, and tries again after a failed load', async () => {
		const module = recorderModule();
		const recorder = new DeferredRecorder(module.load);
		recorder.record(event('iade'));
		expect(module.imports()).toBe(1);
		module.fail();
		await settle();
		recorder.flush();
		expect(module.imports()).toBe(2);
		module.arrive();
		await settle();
		expect(module.log).toEqual(['record iade', 'flush']);
	});
});
