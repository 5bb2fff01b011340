import { BATCH_SIZE, type AnalyticsEvent } from '../../analytics/events.ts';

/**
 * Events for the collector, sent in batches with `sendBeacon` (it survives leaving the page) as a
 * text/plain string, which needs no CORS preflight; `fetch` with `keepalive` when the beacon is
 * refused. A failed send is dropped: analytics never gets in the way of the page.
 */
export function createBeaconQueue(endpoint: string) {
	let queue: AnalyticsEvent[] = [];
	function flush(): void {
		if (queue.length === 0) return;
		const body = JSON.stringify({ events: queue });
		queue = [];
		try {
			if (navigator.sendBeacon?.(endpoint, body)) return;
		} catch {
			// Some browsers throw for a blocked or invalid URL; fall through to fetch.
		}
		fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => undefined);
	}
	addEventListener('pagehide', flush);
	document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
	return {
		add(event: AnalyticsEvent): void {
			queue.push(event);
			if (queue.length >= BATCH_SIZE) flush();
		},
		flush,
	};
}
