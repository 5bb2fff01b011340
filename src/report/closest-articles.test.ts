import { describe, expect, it } from 'vitest';
import { createClosestArticles } from './closest-articles.ts';
import { groupKey } from './group-key.ts';
import type { ReportArticle } from './read-articles.ts';

function article(id: string, title: string, keywords: string[] = [], description = '', locale = 'tr'): ReportArticle {
	return { locale, id, title, description, keywords, tags: [], url: `/${locale}/${id}/`, file: `content/${locale}/${id}.md` };
}

const ARTICLES = [
	article('kargo/kargom-gelmedi', 'Kargom gelmedi ya da gecikti', ['kargo nerede', 'kayıp kargo']),
	article('kargo/kargo-ucretleri', 'Kargo ücretleri ve teslimat süreleri', ['ücretsiz kargo']),
	article('kargo/hasarli-paket', 'Hasarlı paket', ['kargoda kırılmış ürün'], 'Kargonuz hasarlı geldiyse tutanak tutturun.'),
	article('odeme/fatura-bilgileri', 'Fatura bilgileri', ['e-arşiv fatura', 'fatura düzeltme']),
	article('iade/iade-sureci', 'İade nasıl yapılır?', ['geri gönderme'], 'Ürünü 14 gün içinde hediye paketi olmadan iade edebilirsiniz.'),
	article('shipping/late', 'Where is my parcel?', ['late delivery'], '', 'en'),
];
const closest = createClosestArticles(ARTICLES);
const ids = (query: string, locale = 'tr') => closest(locale, groupKey(query, locale)).map((found) => found.id);

describe('closest articles', () => {
	it('puts the article whose keyword is the query first, with a full score', () => {
		const [first] = closest('tr', groupKey('faturamı düzeltmek', 'tr'));
		expect(first).toMatchObject({ id: 'odeme/fatura-bilgileri', title: 'Fatura bilgileri', url: '/tr/odeme/fatura-bilgileri/', file: 'content/tr/odeme/fatura-bilgileri.md', score: 1 });
		expect(ids('kargom nerede')[0]).toBe('kargo/kargom-gelmedi');
	});

	it('lists nothing when the distinctive word of the query is in no article', () => {
		// `kargo` is in many articles and says little; `sigorta` is in none.
		expect(ids('kargo sigortası')).toEqual([]);
		expect(ids('bebek arabası')).toEqual([]);
	});

	it('does not count an article that only mentions the words in its description as close', () => {
		expect(ids('hediye paketi')).toEqual([]);
	});

	it('ranks an article with the whole phrase above one that shares a word of a longer title', () => {
		const found = closest('tr', groupKey('kargo', 'tr'));
		expect(found.length).toBeLessThanOrEqual(3);
		expect(found.map((f) => f.id)).toEqual(['kargo/kargom-gelmedi', 'kargo/kargo-ucretleri', 'kargo/hasarli-paket']);
		expect(found[0]!.score).toBeGreaterThan(found[2]!.score);
	});

	it('only looks at articles of the gap’s locale', () => {
		expect(ids('parcel', 'tr')).toEqual([]);
		expect(ids('where is my parcel', 'en')).toEqual(['shipping/late']);
		expect(ids('kargo', 'de')).toEqual([]);
	});
});
