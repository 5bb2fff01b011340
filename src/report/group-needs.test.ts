import { describe, expect, it } from 'vitest';
import { groupNeeds } from './group-needs.ts';
import { event, PERIOD, searched, times } from './test-fixtures.ts';

const need = (events: Parameters<typeof groupNeeds>[0]) => {
	const [group, ...rest] = groupNeeds(events, PERIOD);
	expect(rest).toEqual([]);
	return group!;
};

describe('needs', () => {
	it('puts every search event of one meaning in one need: spellings, suffixes, clicks, returns', () => {
		const group = need([
			event('unanswered-search', 'tr', 'Kargom nerede?', {}, 0),
			...searched('tr', 'kargolarım', { opened: '/tr/kargo/kargom-gelmedi/' }, 1),
			...searched('tr', 'KARGO', {}, 1),
			...searched('tr', 'kargom nerede', { opened: '/tr/kargo/kargom-gelmedi/#adim-2', cameBack: true }, 2),
		]);
		expect(group).toMatchObject({ locale: 'tr', searches: 4, withResults: 3, unanswered: 1, noClick: 1, returned: 1, clicks: 2, satisfied: 1, count: 3 });
		// The section anchor is dropped: both clicks opened one article.
		expect(group.opened).toEqual(new Map([['/tr/kargo/kargom-gelmedi/', { clicks: 2, returns: 1 }]]));
	});

	it('counts a partial search once, whether it then ended without a click or with a return', () => {
		const group = need([
			...searched('en', 'gift card', { strength: 'partial' }),
			...searched('en', 'gift card', { strength: 'partial', opened: '/en/iade/iade-edilemeyen-urunler/', cameBack: true }),
			...searched('en', 'gift card', { strength: 'partial', opened: '/en/iade/iade-edilemeyen-urunler/' }),
		]);
		expect(group).toMatchObject({ searches: 3, partial: 3, noClick: 0, returned: 0, clicks: 2, satisfied: 1, count: 3 });
	});

	it('derives click-through from searches with results and the ones without a click', () => {
		const group = need([...times(3, () => searched('tr', 'iade', { opened: '/tr/iade/' })).flat(), ...searched('tr', 'iade', { strength: 'partial' })]);
		expect(group.clickThrough).toBe(0.75);
		expect(need([event('unanswered-search', 'tr', 'iade')]).clickThrough).toBeNull();
	});

	it('counts which page each search showed first, and nothing for old events without it', () => {
		const group = need([...times(2, () => searched('tr', 'fatura', { first: '/tr/odeme/fatura-bilgileri/' })).flat(), ...searched('tr', 'fatura', {})]);
		expect(group.shownFirst).toEqual(new Map([['/tr/odeme/fatura-bilgileri/', 2]]));
	});

	it('shows the spelling searched most often, from searches rather than their clicks', () => {
		const group = need([
			event('unanswered-search', 'tr', 'Kargom', {}, 0),
			event('unanswered-search', 'tr', 'kargom?', {}, 0),
			event('search', 'tr', 'kargoyu', {}, 1),
			...times(3, () => event('search-click', 'tr', 'kargoyu', { target: '/tr/kargo/kargom-gelmedi/' })),
		]);
		expect(group.query).toBe('Kargom');
		expect(group.examples).toEqual(['Kargom', 'kargoyu']);
	});

	it('dates and trends a need by its failed searches, not by the ones that worked', () => {
		const group = need([...searched('tr', 'iade', { opened: '/tr/iade/' }, 0), ...[9, 10, 11].map((day) => event('unanswered-search', 'tr', 'iade', {}, day))]);
		expect(group).toMatchObject({ days: 3, firstSeen: '2026-05-10', lastSeen: '2026-05-12', trend: { direction: 'new', previous: 0, recent: 3 } });
	});

	it('keeps locales apart and ignores feedback, empty queries and queries with nothing searchable', () => {
		const groups = groupNeeds(
			[
				event('unanswered-search', 'tr', 'kargo'),
				event('unanswered-search', 'en', 'kargo'),
				event('feedback', 'tr', null),
				event('unanswered-search', 'tr', '???'),
			],
			PERIOD,
		);
		expect(groups.map((group) => group.locale).sort()).toEqual(['en', 'tr']);
	});

	it('does not count a search without results twice when its unanswered-search is stored too', () => {
		expect(need([event('search', 'tr', 'bebek arabası', { resultCount: 0 }), event('unanswered-search', 'tr', 'bebek arabası')])).toMatchObject({
			searches: 1,
			unanswered: 1,
		});
	});

	it('keeps the words the browser did not find together, lowercased, once each', () => {
		const group = need([
			event('search', 'tr', 'kampanya kodu', { strength: 'partial', unmatched: ['Kodu'] }),
			event('search', 'tr', 'kampanya kodu', { strength: 'partial', unmatched: ['kodu'] }),
		]);
		expect(group.unmatched).toEqual(['kodu']);
	});
});
