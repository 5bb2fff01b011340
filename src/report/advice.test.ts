import { describe, expect, it } from 'vitest';
import { advise, type AdviceInput } from './advice.ts';
import { candidatesFor, coverageFor } from './article-coverage.ts';
import { createArticleIndex } from './article-index.ts';
import { groupKey } from './group-key.ts';
import type { Advice, ArticleRef, Need } from './report-types.ts';
import { ARTICLES, event, report, searched, times } from './test-fixtures.ts';

/** Needs whose customers open what they find: they set the locale's median click-through high. */
const ANSWERED = [
	...times(4, () => searched('tr', 'kargom nerede', { first: '/tr/kargo/kargom-gelmedi/', opened: '/tr/kargo/kargom-gelmedi/' })),
	...times(4, () => searched('tr', 'para iadesi', { first: '/tr/iade/para-iadesi-ne-zaman/', opened: '/tr/iade/para-iadesi-ne-zaman/' })),
	...times(4, () => searched('tr', 'kapıda nakit', { first: '/tr/odeme/kapida-odeme/', opened: '/tr/odeme/kapida-odeme/' })),
	...times(4, () => searched('en', 'ways to pay', { first: '/en/odeme/odeme-yontemleri/', opened: '/en/odeme/odeme-yontemleri/' })),
].flat();
const noClicks = (locale: string, query: string, n: number, first?: string) => times(n, () => searched(locale, query, first ? { first } : {})).flat();
const needOf = (query: string, events: Parameters<typeof report>[0], options: Parameters<typeof report>[1] = {}): Need | undefined =>
	report([...ANSWERED, ...events], { minCount: 1, ...options }).needs.find((need) => need.query === query);
const adviceOf = (query: string, events: Parameters<typeof report>[0]): Advice => needOf(query, events)!.advice;

describe('advice on the cases the issue reported as misleading', () => {
	it('watches an exact title searched twice without a click instead of asking to clarify it', () => {
		for (const [query, id] of [
			['Şifremi unuttum', 'hesap/sifremi-unuttum'],
			['Kapıda ödeme', 'odeme/kapida-odeme'],
			['Taksitli alışveriş', 'odeme/taksit-secenekleri'],
		] as const) {
			expect(adviceOf(query, noClicks('tr', query, 2, `/tr/${id}/`)), query).toMatchObject({ kind: 'watch', article: { id } });
		}
	});

	it('never asks to clarify Kapıda ödeme for teslimat, even when it was shown first again and again', () => {
		for (const count of [1, 2, 8]) {
			const advice = adviceOf('teslimat', noClicks('tr', 'teslimat', count, '/tr/odeme/kapida-odeme/'));
			expect(advice).toMatchObject({ kind: 'watch', article: { id: 'kargo/teslimat-secenekleri' } });
		}
	});

	it('asks for a new article on gift cards when the only article with the words is not about them', () => {
		const returned = '/en/iade/iade-edilemeyen-urunler/';
		// Partial: without the keyword `gift card refund`, only the body mentions gift cards.
		const bodyOnly = ARTICLES.map((article) =>
			article.url === returned ? { ...article, keywords: article.keywords.filter((keyword) => !keyword.includes('gift')) } : article,
		);
		const partial = needOf('gift card', searched('en', 'gift card', { strength: 'partial', first: returned }), { articles: bodyOnly })!;
		expect(partial.advice).toEqual({ kind: 'new-article', cameBackFrom: null });
		// It still says where the words are: in the body, which mentions them and is not about them.
		expect(partial.closest).toMatchObject([
			{
				id: 'iade/iade-edilemeyen-urunler',
				why: [
					{ word: 'gift', field: 'body', count: 2 },
					{ word: 'card', field: 'body', count: 1 },
				],
			},
		]);
		// Full (the article has the keyword `gift card refund`), opened, and left within seconds.
		const cameBack = adviceOf('gift card', searched('en', 'gift card', { first: returned, opened: returned, cameBack: true }));
		expect(cameBack).toMatchObject({ kind: 'new-article', cameBackFrom: { id: 'iade/iade-edilemeyen-urunler' } });
	});

	it('lists keyboard mash as noise, never as a new article', () => {
		const result = report([...ANSWERED, event('unanswered-search', 'tr', 'xqzv plomb')], { minCount: 1 });
		expect(result.needs.map((need) => need.query)).not.toContain('xqzv plomb');
		expect(result.noise).toEqual([{ locale: 'tr', query: 'xqzv plomb', count: 1, reason: 'keyboard-mash' }]);
	});
});

describe('advice from evidence', () => {
	const fatura = '/tr/odeme/fatura-bilgileri/';
	const stayedOn = (first: string) => searched('tr', 'fatura', { first, opened: first });

	it('asks to clarify a title at least five searches showed first, rarely opened, but read by those who opened it', () => {
		const advice = adviceOf('fatura', [...noClicks('tr', 'fatura', 5, fatura), ...stayedOn(fatura)]);
		expect(advice).toEqual({
			kind: 'clarify-title',
			article: expect.objectContaining<Partial<ArticleRef>>({ id: 'odeme/fatura-bilgileri' }) as ArticleRef,
			shownFirst: 6,
			clickThrough: 0.1667,
			medianClickThrough: 1,
		});
	});

	it('does not blame a title shown first in only four searches, or in searches that did not say what they showed', () => {
		expect(adviceOf('fatura', [...noClicks('tr', 'fatura', 3, fatura), ...stayedOn(fatura)]).kind).toBe('watch');
		expect(adviceOf('fatura', [...noClicks('tr', 'fatura', 9), ...searched('tr', 'fatura', { opened: fatura })]).kind).toBe('watch');
	});

	it('does not blame a title nobody who opened it stayed on: "not opened" may then mean "not the answer"', () => {
		expect(adviceOf('fatura', noClicks('tr', 'fatura', 8, fatura)).kind).toBe('watch');
		const cameBack = times(2, () => searched('tr', 'fatura', { first: fatura, opened: fatura, cameBack: true })).flat();
		expect(adviceOf('fatura', [...noClicks('tr', 'fatura', 8, fatura), ...cameBack]).kind).toBe('watch');
	});

	it('adds a misspelled query to the article that has its words spelled right', () => {
		const advice = adviceOf(
			'kragom nerde',
			times(3, () => event('unanswered-search', 'tr', 'kragom nerde')),
		);
		expect(advice).toMatchObject({ kind: 'add-keywords', article: { id: 'kargo/kargom-gelmedi' }, words: ['kragom'], because: 'misspelled' });
	});

	it('adds the words customers typed to the article most of their searches ended on', () => {
		const events = [
			...times(2, () => searched('tr', 'param yatmadı', { strength: 'partial', opened: '/tr/iade/para-iadesi-ne-zaman/' })).flat(),
			...times(3, () => event('unanswered-search', 'tr', 'param yatmadı')),
		];
		expect(adviceOf('param yatmadı', events)).toMatchObject({
			kind: 'add-keywords',
			article: { id: 'iade/para-iadesi-ne-zaman' },
			words: ['yatmadı'],
			because: 'opened',
		});
	});

	it('does not take an article a few customers stayed on for the answer', () => {
		const events = [
			...searched('tr', 'hediye çeki', { strength: 'partial', opened: '/tr/odeme/odeme-yontemleri/' }),
			...times(4, () => event('unanswered-search', 'tr', 'hediye çeki')),
		];
		expect(adviceOf('hediye çeki', events).kind).toBe('new-article');
	});

	it('adds the missing word to the article that has most of the others in its title, keywords or headings', () => {
		const advice = adviceOf('kapıda ödeme taksit', noClicks('tr', 'kapıda ödeme taksit', 2));
		expect(advice).toMatchObject({ kind: 'add-keywords', article: { id: 'odeme/kapida-odeme' }, words: ['taksit'], because: 'covers-most' });
	});

	it('asks for a new article when no article has the words, however often customers searched', () => {
		expect(
			adviceOf(
				'hediye çeki',
				times(6, () => event('unanswered-search', 'tr', 'hediye çeki')),
			),
		).toEqual({ kind: 'new-article', cameBackFrom: null });
		expect(adviceOf('kampanya kodu', [event('unanswered-search', 'tr', 'kampanya kodu')]).kind).toBe('new-article');
	});
});

describe('advice thresholds', () => {
	const index = createArticleIndex(ARTICLES);
	const tr = index.locale('tr');
	const tokens = groupKey('fatura', 'tr').split(' ');
	const candidates = candidatesFor(tr, tokens).map(coverageFor(tr, tokens));
	const fatura = candidates.find((coverage) => coverage.indexed.article.id === 'odeme/fatura-bilgileri')!;
	const input = (values: Partial<AdviceInput>): AdviceInput => ({
		candidates,
		opened: [{ coverage: fatura, clicks: 1, returns: 0 }],
		shownFirst: [{ coverage: fatura, count: 5 }],
		searches: 10,
		clickThrough: 0.2,
		medianClickThrough: 0.6,
		typo: () => undefined,
		display: (token) => token,
		...values,
	});

	it('calls a click-through clearly below the median only under half of it', () => {
		expect(advise(input({ clickThrough: 0.29 })).kind).toBe('clarify-title');
		expect(advise(input({ clickThrough: 0.3 })).kind).toBe('watch');
		expect(advise(input({ medianClickThrough: null })).kind).toBe('watch');
		expect(advise(input({ clickThrough: null })).kind).toBe('watch');
	});

	it('does not count an article customers came back from as covering, unless its title names the need', () => {
		// `fatura` is in the title of Fatura bilgileri: customers coming back does not make a new article.
		expect(advise(input({ shownFirst: [], opened: [{ coverage: fatura, clicks: 2, returns: 1 }] }))).toMatchObject({
			kind: 'watch',
			article: { id: 'odeme/fatura-bilgileri' },
		});
		const kapida = tr.articles.find((indexed) => indexed.article.id === 'odeme/kapida-odeme')!;
		const teslimat = groupKey('teslimat', 'tr').split(' ');
		const cover = coverageFor(tr, teslimat);
		const covering = candidatesFor(tr, teslimat)
			.map(cover)
			.filter((coverage) => coverage.indexed === kapida);
		const rejected = [{ coverage: covering[0]!, clicks: 2, returns: 2 }];
		expect(advise(input({ candidates: covering, shownFirst: [], opened: rejected }))).toMatchObject({
			kind: 'new-article',
			cameBackFrom: { id: 'odeme/kapida-odeme' },
		});
	});
});

describe('words no article has', () => {
	it('shows the words the browser reported missing as customers typed them, once', () => {
		const need = needOf('param yatmadı', [
			event('search', 'tr', 'param yatmadı', { strength: 'partial', unmatched: ['yatmadi'] }),
			event('search', 'tr', 'Param yatmadı', { strength: 'partial', unmatched: ['YATMADI', 'param'] }),
		]);
		// `param` is in an article (`para` is); `yatmadi` is the browser's normalized `yatmadı`.
		expect(need!.missing).toEqual(['yatmadı']);
	});
});
