import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsEvent } from '../../analytics/events.ts';
import { adaptersFor, properties } from './adapters.ts';

const unanswered: AnalyticsEvent = {
	type: 'unanswered-search',
	query: 'kargo yok',
	locale: 'tr',
	path: '/tr/',
	filters: { category: ['kargo', 'iade'] },
	resultCount: 0,
	ts: 1,
};
const click: AnalyticsEvent = {
	type: 'search-click',
	query: 'iade',
	locale: 'tr',
	path: '/tr/',
	resultCount: 4,
	position: 2,
	target: '/tr/iade/iade-sureci/',
	ts: 1,
};

afterEach(() => vi.unstubAllGlobals());

describe('analytics adapters', () => {
	it('send events as Plausible, Umami, PostHog and GA4 document them', () => {
		const calls: unknown[][] = [];
		vi.stubGlobal('window', {
			plausible: (...args: unknown[]) => calls.push(['plausible', ...args]),
			umami: { track: (...args: unknown[]) => calls.push(['umami', ...args]) },
			posthog: { capture: (...args: unknown[]) => calls.push(['posthog', ...args]) },
			gtag: (...args: unknown[]) => calls.push(['gtag', ...args]),
		});
		for (const adapter of adaptersFor(['plausible', 'umami', 'posthog', 'ga4'])) {
			adapter(unanswered);
			adapter(click);
		}
		const flat = { query: 'kargo yok', locale: 'tr', path: '/tr/', filters: 'category:kargo,iade', resultCount: 0 };
		expect(calls).toEqual([
			['plausible', 'Unanswered Search', { props: flat }],
			['plausible', 'Search Click', { props: expect.objectContaining({ position: 2, target: '/tr/iade/iade-sureci/' }) as Record<string, unknown> }],
			['umami', 'destek-unanswered-search', flat],
			['umami', 'destek-search-click', expect.objectContaining({ query: 'iade', position: 2 })],
			['posthog', 'destek_unanswered_search', flat],
			['posthog', 'destek_search_click', expect.objectContaining({ query: 'iade' })],
			['gtag', 'event', 'search_no_results', { search_term: 'kargo yok', locale: 'tr', path: '/tr/', filters: 'category:kargo,iade', resultCount: 0 }],
			['gtag', 'event', 'select_search_result', expect.objectContaining({ search_term: 'iade', position: 2 })],
		]);
	});

	it('do nothing when the store has no such script on the page', () => {
		vi.stubGlobal('window', {});
		expect(() => adaptersFor(['plausible', 'umami', 'posthog', 'ga4']).forEach((adapter) => adapter(unanswered))).not.toThrow();
	});

	it('flatten properties without the type and the browser time', () => {
		expect(properties(click)).not.toHaveProperty('ts');
		expect(properties(click)).not.toHaveProperty('type');
	});
});
