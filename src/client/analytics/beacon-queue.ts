import { BATCH_SIZE, type AnalyticsEvent } from '../../analytics/events.ts';
import { knownMissing, meansNoCollector, reportMissing } from './missing-collector.ts';

/** Sends of one event before it is dropped: the collector may be down for a while, not for long. */
export const MAX_ATTEMPTS = 3;
/** Wait before a retry, doubled for each one (5 s, 10 s). */
const RETRY_AFTER_MS = 5_000;

interface Queued {
	event: AnalyticsEvent;
	attempts: number;
}

/**
 * Events for the collector, in batches. While the page is open they go with `fetch` (keepalive,
 * text/plain so no CORS preflight), which sees the answer: when the collector says it could not
 * store them (503, 429) they go back in the queue and are tried again a little later, at most
 * `MAX_ATTEMPTS` times. A lost connection is not retried: the events may have arrived, and a
 * duplicate would count a search twice. When the page is left, whatever is queued goes with
 * `sendBeacon`, which survives the page but reports nothing. A 404 or 405 means no collector is
 * deployed there: the queue goes quiet for the rest of the visit (missing-collector.ts).
 * Analytics never gets in the way.
 */
export function createBeaconQueue(endpoint: string, { retryAfterMs = RETRY_AFTER_MS }: { retryAfterMs?: number } = {}) {
	let queue: Queued[] = [];
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let leaving = false;
	let noCollector = knownMissing(endpoint);

	function take(): Queued[] {
		const batch = queue.slice(0, BATCH_SIZE);
		queue = queue.slice(BATCH_SIZE);
		return batch;
	}
	const body = (batch: Queued[]) => JSON.stringify({ events: batch.map((queued) => queued.event) });

	function retryLater(batch: Queued[]): void {
		if (leaving || noCollector) return;
		const again = batch.map((queued) => ({ ...queued, attempts: queued.attempts + 1 })).filter((queued) => queued.attempts < MAX_ATTEMPTS);
		if (again.length === 0) return;
		queue = [...again, ...queue];
		const attempts = Math.max(...again.map((queued) => queued.attempts));
		clearTimeout(retryTimer);
		retryTimer = setTimeout(flush, retryAfterMs * 2 ** (attempts - 1));
	}

	function stop(status: number): void {
		// Batches already on their way answer 404 too: one warning is enough.
		if (noCollector) return;
		noCollector = true;
		queue = [];
		clearTimeout(retryTimer);
		reportMissing(endpoint, status);
	}

	function flush(): void {
		while (queue.length) {
			const batch = take();
			fetch(endpoint, {
				method: 'POST',
				body: body(batch),
				keepalive: true,
				credentials: 'omit',
				headers: { 'content-type': 'text/plain;charset=UTF-8' },
			}).then(
				(response) => {
					if (meansNoCollector(response.status)) stop(response.status);
					else if (response.status === 503 || response.status === 429) retryLater(batch);
				},
				() => undefined,
			);
		}
	}

	/** The page is going away: no answer will be read, so the beacon carries what is left. */
	function send(): void {
		leaving = true;
		clearTimeout(retryTimer);
		while (queue.length) {
			const batch = body(take());
			try {
				if (navigator.sendBeacon?.(endpoint, batch)) continue;
			} catch {
				// Some browsers throw for a blocked or invalid URL; fall through to fetch.
			}
			fetch(endpoint, { method: 'POST', body: batch, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(
				() => undefined,
			);
		}
	}
	addEventListener('pagehide', send);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') send();
		// Back from another tab (bfcache or a switch): answers can be read again.
		else leaving = false;
	});
	return {
		add(event: AnalyticsEvent): void {
			if (noCollector) return;
			queue.push({ event, attempts: 0 });
			if (queue.length >= BATCH_SIZE) flush();
		},
		flush,
	};
}
