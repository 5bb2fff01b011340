import { describe, expect, it } from 'vitest';
import { describeAnswer } from './describe-answer.ts';

const endpoint = new URL('https://help.example.com/api/search-events');
const origin = 'https://help.example.com';
/** The collector's own JSON answer (src/collector/collector.ts). */
const fromCollector = (status: number, body: object) =>
	describeAnswer(endpoint, origin, { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body), location: null });

describe('the answer of the endpoint in words', () => {
	it.each([413, 415, 422])('calls a %i from the collector a version mismatch', (status) => {
		const { stored, lines } = fromCollector(status, { error: 'invalid events; nothing was stored' });
		expect(stored).toBe(false);
		expect(lines[0]).toBe(
			`The collector at ${endpoint.href} refused the check event (HTTP ${status}: "invalid events; nothing was stored"): it runs an older or newer Destek than this site (version mismatch).`,
		);
	});

	it('sends a 503 to the database settings and a 429 to the rate limit', () => {
		expect(fromCollector(503, { error: 'the events could not be stored; try again later' }).lines.join('\n')).toContain(
			'cannot write to its database (HTTP 503).\nCheck DESTEK_DATABASE_URL',
		);
		expect(fromCollector(429, { error: 'too many requests; wait a minute' }).lines[1]).toContain('DESTEK_RATE_LIMIT');
	});

	it('stores only on a 202 with the collector’s count', () => {
		expect(fromCollector(202, { accepted: 1 }).stored).toBe(true);
		expect(describeAnswer(endpoint, origin, { status: 202, contentType: 'text/html', body: '<p>Accepted</p>', location: null }).stored).toBe(false);
	});

	it('does not take a CDN’s 403 for the collector refusing the origin', () => {
		const { lines } = describeAnswer(endpoint, origin, { status: 403, contentType: 'text/html', body: '<h1>403 ERROR</h1>', location: null });
		expect(lines[0]).toBe(
			`Something answered ${endpoint.href} with HTTP 403 (text/html), but not a collector: a static host, a proxy or a single-page-app fallback page.`,
		);
	});

	it('names where a redirect leads', () => {
		const { lines } = describeAnswer(endpoint, origin, { status: 301, contentType: '', body: '', location: '/api/search-events/' });
		expect(lines[0]).toBe(
			`${endpoint.href} redirects (HTTP 301) to https://help.example.com/api/search-events/; browsers may turn the POST into a GET on the way.`,
		);
	});
});
