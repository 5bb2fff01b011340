import { describe, expect, it } from 'vitest';
import { candidatesFor, coverageFor } from './article-coverage.ts';
import { createArticleIndex } from './article-index.ts';
import { closestArticles } from './closest-articles.ts';
import { groupKey } from './group-key.ts';
import { createDisplay } from './need-words.ts';
import { article, TR_ARTICLES } from './test-fixtures.ts';

const ARTICLES = [
	...TR_ARTICLES,
	article('tr', 'kargo/hasarli-paket', 'Hasarlı paket', { keywords: ['kargoda kırılmış ürün'], description: 'Kargonuz hasarlı geldiyse tutanak tutturun.' }),
	article('tr', 'iade/iade-sureci', 'İade nasıl yapılır?', {
		keywords: ['geri gönderme'],
		description: 'Ürünü 14 gün içinde hediye paketi olmadan iade edebilirsiniz.',
		body: 'Kampanya ürünleri de iade edilir. Kampanya bitse bile.',
	}),
	article('en', 'shipping/late', 'Where is my parcel?', { keywords: ['late delivery'] }),
];
const index = createArticleIndex(ARTICLES);
const closest = (query: string, locale = 'tr') => {
	const tokens = groupKey(query, locale).split(' ');
	const found = index.locale(locale);
	const cover = coverageFor(found, tokens);
	return closestArticles(candidatesFor(found, tokens).map(cover), () => found.mentioning(tokens).map(cover), createDisplay([query], locale));
};
const ids = (query: string, locale = 'tr') => closest(query, locale).map((found) => found.id);

describe('closest articles', () => {
	it('puts the article whose keyword is the query first, with a full score and why', () => {
		const [first] = closest('faturamı düzeltmek');
		expect(first).toEqual({
			id: 'odeme/fatura-bilgileri',
			title: 'Fatura bilgileri',
			url: '/tr/odeme/fatura-bilgileri/',
			file: 'content/tr/odeme/fatura-bilgileri.md',
			score: 1,
			why: [
				{ word: 'faturamı', field: 'title', count: 1 },
				{ word: 'düzeltmek', field: 'keyword', count: 1 },
			],
		});
		expect(ids('kargom nerede')[0]).toBe('kargo/kargom-gelmedi');
	});

	it('says where each word was found, strongest field first, counting body mentions', () => {
		expect(closest('kartla ödeme')[0]).toMatchObject({
			id: 'odeme/odeme-yontemleri',
			why: [
				{ word: 'kartla', field: 'keyword' },
				{ word: 'ödeme', field: 'title' },
			],
		});
		expect(closest('Kapıda ödeme')[1]).toMatchObject({
			id: 'iade/para-iadesi-ne-zaman',
			why: [
				{ word: 'kapıda', field: 'heading' },
				{ word: 'ödeme', field: 'keyword' },
			],
		});
		expect(closest('kampanya iade')).toContainEqual(
			expect.objectContaining({
				id: 'iade/iade-sureci',
				why: [
					{ word: 'kampanya', field: 'body', count: 2 },
					{ word: 'iade', field: 'title', count: 1 },
				],
			}),
		);
	});

	it('lists nothing when the distinctive word of the query is in no article', () => {
		// `kargo` is in many articles and says little; `sigorta` is in none.
		expect(ids('kargo sigortası')).toEqual([]);
		expect(ids('bebek arabası')).toEqual([]);
	});

	it('when nothing comes close, lists the articles that only mention every word, with a low score', () => {
		const [mention, ...rest] = closest('hediye paketi');
		expect(rest).toEqual([]);
		expect(mention).toMatchObject({
			id: 'iade/iade-sureci',
			why: [
				{ word: 'hediye', field: 'description' },
				{ word: 'paketi', field: 'description' },
			],
		});
		expect(mention!.score).toBeLessThan(0.5);
	});

	it('ranks the article with the word in its title above one with it in a keyword or tag', () => {
		expect(ids('teslimat').slice(0, 2)).toEqual(['kargo/teslimat-secenekleri', 'odeme/kapida-odeme']);
	});

	it('lists three articles at most, the whole phrase above a word of a longer title', () => {
		const found = closest('kargo');
		expect(found).toHaveLength(3);
		expect(found[0]!.id).toBe('kargo/kargom-gelmedi');
		expect(found[0]!.score).toBeGreaterThan(found[2]!.score);
	});

	it('only looks at articles of the need’s locale', () => {
		expect(ids('parcel', 'tr')).toEqual([]);
		expect(ids('where is my parcel', 'en')).toEqual(['shipping/late']);
		expect(ids('kargo', 'de')).toEqual([]);
	});
});
