import type { ClientAnalyticsConfig } from '../../analytics/client-config.ts';
import { eventName, type AnalyticsEvent } from '../../analytics/events.ts';
import { cleanSearchTexts } from '../../analytics/scrub.ts';
import { adaptersFor } from './adapters.ts';
import { createBeaconQueue } from './beacon-queue.ts';
import { createConsent } from './privacy.ts';
import { readConfig } from './read-config.ts';
import type { Recorder } from './search-tracking.ts';

let recorder: Recorder | undefined;

/**
 * The page's one recorder: scrubs the query, dispatches `destek:<type>` on `window` (always, for
 * the store's own scripts), then, when sending is allowed, queues the event for the collector and
 * hands it to the configured adapters. Nothing here can break search or the page.
 */
export function getRecorder(): Recorder {
	recorder ??= createRecorder(readConfig());
	return recorder;
}

function createRecorder(config: ClientAnalyticsConfig): Recorder {
	const sendingAllowed = createConsent(config.consent);
	const queue = config.enabled && config.endpoint ? createBeaconQueue(config.endpoint) : undefined;
	const adapters = config.enabled ? adaptersFor(config.adapters) : [];
	return {
		record(event, { send = true } = {}) {
			const detail: AnalyticsEvent = 'query' in event ? cleanSearchTexts(event) : event;
			window.dispatchEvent(new CustomEvent(eventName(detail.type), { detail }));
			if (!send || !sendingAllowed()) return;
			try {
				queue?.add(detail);
				for (const adapter of adapters) adapter(detail);
			} catch {
				// A store's analytics script that throws must not take search down with it.
			}
		},
		flush() {
			queue?.flush();
		},
	};
}
