import { describe, expect, it } from 'vitest';
import { storedEvent } from './event-row.ts';

const row = {
	id: 1,
	received_at: 1000,
	type: 'search-click',
	locale: 'tr',
	query: 'iade',
	path: '/tr/',
	filters: '{"category":["iade"]}',
	result_count: 3,
	position: 1,
	target: '/tr/iade/iade-sureci/',
	article: null,
	helpful: null,
	strength: 'full',
	unmatched: '["kodu"]',
	first_result: '/tr/iade/iade-sureci/',
	seconds: null,
	demo: 0,
};

describe('stored event', () => {
	it('reads a row whose numbers arrive as strings or bigints', () => {
		expect(storedEvent({ ...row, id: '1', received_at: 1000n, position: '1', demo: 1n })).toEqual({
			id: 1,
			receivedAt: 1000,
			type: 'search-click',
			locale: 'tr',
			query: 'iade',
			path: '/tr/',
			filters: { category: ['iade'] },
			resultCount: 3,
			position: 1,
			target: '/tr/iade/iade-sureci/',
			article: null,
			helpful: null,
			strength: 'full',
			unmatched: ['kodu'],
			firstResult: '/tr/iade/iade-sureci/',
			seconds: null,
			demo: true,
		});
	});

	it('refuses a column holding an object instead of reading it as [object Object]', () => {
		expect(() => storedEvent({ ...row, query: { text: 'iade' } })).toThrow("The events table's query column holds [object Object], not text or a number");
		expect(() => storedEvent({ ...row, filters: new Uint8Array([123, 125]) })).toThrow('filters column holds [object Uint8Array]');
	});
});
