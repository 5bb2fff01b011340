import type { AnalyticsConfig } from '../schemas/analytics.ts';
import { collectorPath } from './event-limits.ts';

/** The part of `analytics` the browser needs, rendered into every page as JSON. */
export interface ClientAnalyticsConfig {
	enabled: boolean;
	/** Resolved endpoint (`<base>api/search-events` by default), or false. */
	endpoint: string | false;
	settleMs: number;
	consent: 'granted' | 'pending';
	adapters: AnalyticsConfig['adapters'];
}

export const CLIENT_CONFIG_ELEMENT_ID = 'destek-analytics';

export function clientAnalyticsConfig(analytics: AnalyticsConfig, base: string): ClientAnalyticsConfig {
	return {
		enabled: analytics.enabled,
		endpoint: analytics.endpoint ?? collectorPath(base),
		settleMs: analytics.settleMs,
		consent: analytics.consent,
		adapters: analytics.adapters,
	};
}

/** JSON safe inside `<script type="application/json">` (no `</script>` can close it early). */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
