import type { AnalyticsEvent, AnalyticsEventType } from '../../analytics/events.ts';
import type { ClientAnalyticsConfig } from '../../analytics/client-config.ts';

type Properties = Record<string, string | number | boolean>;
type Adapter = (event: AnalyticsEvent) => void;

interface AnalyticsGlobals {
	plausible?: (name: string, options: { props: Properties }) => void;
	umami?: { track(name: string, data: Properties): void };
	posthog?: { capture(name: string, properties: Properties): void };
	gtag?: (command: 'event', name: string, parameters: Properties) => void;
}

const TITLES: Record<AnalyticsEventType, string> = {
	search: 'Search',
	'unanswered-search': 'Unanswered Search',
	'partial-search': 'Partial Search',
	'no-click-search': 'No-click Search',
	'search-click': 'Search Click',
	'search-return': 'Search Return',
	feedback: 'Article Feedback',
};

/** GA4 has a recommended `search` event (`search_term`); the others are custom events. */
const GA4_NAMES: Record<AnalyticsEventType, string> = {
	search: 'search',
	'unanswered-search': 'search_no_results',
	'partial-search': 'search_partial',
	'no-click-search': 'search_no_click',
	'search-click': 'select_search_result',
	'search-return': 'search_return',
	feedback: 'article_feedback',
};

/**
 * The store's own analytics, through the script it already has on the page (these adapters never
 * load one): Plausible custom events with props, Umami `track`, PostHog `capture`, GA4 `gtag`.
 * Properties are flat strings and numbers, as all four require.
 */
const ADAPTERS: Record<ClientAnalyticsConfig['adapters'][number], Adapter> = {
	plausible: (event) => globals().plausible?.(TITLES[event.type], { props: properties(event) }),
	umami: (event) => globals().umami?.track(`destek-${event.type}`, properties(event)),
	posthog: (event) => globals().posthog?.capture(`destek_${event.type.replaceAll('-', '_')}`, properties(event)),
	ga4: (event) => {
		const { query, ...rest } = properties(event);
		globals().gtag?.('event', GA4_NAMES[event.type], query === undefined ? rest : { search_term: query, ...rest });
	},
};

export function adaptersFor(names: ClientAnalyticsConfig['adapters']): Adapter[] {
	return names.map((name) => ADAPTERS[name]);
}

function globals(): AnalyticsGlobals {
	return window as unknown as AnalyticsGlobals;
}

/** The event without `type` and `ts`, filters flattened to `category:iade,kargo`, word lists to `kampanya kodu`. */
export function properties(event: AnalyticsEvent): Properties {
	const result: Properties = {};
	for (const [name, value] of Object.entries(event)) {
		if (name === 'type' || name === 'ts' || value === undefined) continue;
		if (name === 'filters')
			result[name] = Object.entries(value as Record<string, string[]>)
				.map(([k, v]) => `${k}:${v.join(',')}`)
				.join(';');
		else result[name] = Array.isArray(value) ? value.join(' ') : (value as string | number | boolean);
	}
	return result;
}
