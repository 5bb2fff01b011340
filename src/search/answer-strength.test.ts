import { describe, expect, it } from 'vitest';
import { answerStrength } from './answer-strength.ts';
import type { PagefindResultData, QueryWord } from './search-types.ts';
import type { WordRarity } from './word-rarity.ts';

/** A result as Pagefind gives it; `content` is the article's indexed text. */
function article(
	url: string,
	content: string,
	about: { title?: string; keywords?: string; description?: string; headings?: string[] } = {},
): PagefindResultData {
	const { title = '', keywords = '', description = '', headings = [] } = about;
	return {
		url,
		content,
		locations: [],
		excerpt: '',
		meta: { title, keywords, description },
		sub_results: [],
		// Where each heading starts in `content` does not matter to answer strength.
		anchors: headings.map((text) => ({ text, location: 0 })),
	};
}

/** Query words found in the index as typed. */
const found = (...words: string[]): QueryWord[] => words.map((word) => ({ word, spelling: word }));

/** The Turkish sample help center has 28 articles; `iade` is in 23 of them, `mayo` in one. */
const rarity = (pages: Record<string, number>, total = 28): WordRarity => ({ total, pages: new Map(Object.entries(pages)) });

const ONCE = 'Aldığınız ürünü 14 gün içinde iade edebilirsiniz.';
const TWICE = `${ONCE} İade kargosu sizin için ücretsizdir.`;
const THRICE = `${TWICE} İade kodunu kolinin üzerine yazın.`;
const PACKING = 'Ürünü orijinal kutusuyla paketleyin. Paketi seçtiğiniz noktaya teslim edin.';

/** Answer strength in the language of the results' pages (`/tr/…`, `/en/…`). */
const judge = (words: readonly QueryWord[], results: PagefindResultData[], pages: WordRarity) =>
	answerStrength(words, results, pages, results[0]?.url.split('/')[1] ?? 'tr');

describe('answer strength', () => {
	it('calls "kampanya kodu" partial when the best result says both words in passing, in different sentences', () => {
		const security = article(
			'/tr/hesap/hesap-guvenligi/',
			'Giriş yaparken telefonunuza gelen doğrulama kodunu girin. Kampanya e-postaları için bildirim ayarlarınızı açın.',
			{
				title: 'Hesap güvenliği ve iki adımlı doğrulama',
				keywords: 'iki adimli dogrulama, sifre guvenligi, dolandiricilik',
				headings: ['Şüpheli mesajlar'],
			},
		);
		expect(judge(found('kampanya', 'kodu'), [security], rarity({ kampanya: 2, kodu: 6 }))).toEqual({ strength: 'partial', unmatched: ['kampanya', 'kodu'] });
	});

	it.each([
		['title', { title: 'İade nasıl yapılır?' }],
		['keywords', { keywords: 'urun iadesi, iade kodu, geri gonderme' }],
		['headings', { headings: ['İade talebi oluşturun'] }],
		['description', { description: 'Ürününüzü 14 gün içinde nasıl iade edeceğinizi anlatıyoruz.' }],
	])('calls "iade" full when a result said it once has it in its %s', (_, about) => {
		const result = article('/tr/iade/iade-sureci/', `${ONCE} ${PACKING}`, about);
		expect(judge(found('iade'), [result], rarity({ iade: 23 }))).toEqual({ strength: 'full', unmatched: [] });
	});

	it.each([
		[ONCE, 'partial'],
		[TWICE, 'partial'],
		[THRICE, 'full'],
	])('calls "iade" said only in the text of every result partial until it runs through one: %s', (text, strength) => {
		const results = [
			article('/tr/iade/iade-sureci/', `${text} ${PACKING}`),
			article('/tr/iade/degisim/', `${ONCE} Beden değişimi ücretsizdir.`),
			article('/tr/kargo/hasarli-paket/', `Hasarlı paketi teslim almayın. ${ONCE}`),
		];
		expect(judge(found('iade'), results, rarity({ iade: 23 })).strength).toBe(strength);
	});

	it('calls "hediye kartı iade" full when the keywords hold "hediye kartı" and the title "iade", and partial without them', () => {
		const text =
			'Hijyen nedeniyle ambalajı açılmış ürünler iade alınamaz. Yazılım ve oyun kodları da bu gruptadır. Hediye olarak aldığınız dijital ürünlerde, kod size iletildiyse kartı geri alamıyoruz.';
		const words = found('hediye', 'karti', 'iade');
		const pages = rarity({ hediye: 2, karti: 5, iade: 23 });
		const about = { title: 'İade edilemeyen ürünler', keywords: 'kozmetik iade, kisiye ozel urun, hediye karti' };
		expect(judge(words, [article('/tr/iade/iade-edilemeyen-urunler/', text, about)], pages)).toEqual({ strength: 'full', unmatched: [] });
		expect(judge(words, [article('/tr/iade/iade-edilemeyen-urunler/', text)], pages)).toEqual({ strength: 'partial', unmatched: ['hediye', 'karti', 'iade'] });
	});

	it('calls "mayo iade" full when the rare word runs twice through a result titled with the common one', () => {
		const result = article(
			'/tr/iade/iade-edilemeyen-urunler/',
			'Hijyen bandı çıkarılmış mayo ve bikini altları geri alınamaz. Denerken mayo üzerine iç çamaşırınızı giyin. Kusurlu ürünler için her zaman iade talebi oluşturabilirsiniz.',
			{ title: 'İade edilemeyen ürünler' },
		);
		expect(judge(found('mayo', 'iade'), [result], rarity({ mayo: 1, iade: 23 }))).toEqual({ strength: 'full', unmatched: [] });
	});

	it.each([
		[
			'says the other once',
			article('/tr/odeme/odeme-yontemleri/', 'Kredi kartıyla taksit yapabilirsiniz. Havale ve kapıda ödeme de kabul ediyoruz.'),
			['taksit', 'kripto'],
		],
		[
			'runs through the other',
			article(
				'/tr/odeme/taksit-secenekleri/',
				'Kredi kartıyla taksit yapabilirsiniz. Taksit sayısı bankaya göre değişir. Vade farksız taksit kampanyaları sepette görünür.',
			),
			['kripto'],
		],
		[
			'is about the other',
			article('/tr/odeme/taksit-secenekleri/', 'Anlaşmalı bankaların kartlarıyla 12 aya kadar taksit yapabilirsiniz.', { title: 'Taksit seçenekleri' }),
			['kripto'],
		],
	])('calls "taksit kripto" partial when no article has "kripto", naming it, even when the result %s', (_, result, unmatched) => {
		const words: QueryWord[] = [...found('taksit'), { word: 'kripto', spelling: null }];
		expect(judge(words, [result], rarity({ taksit: 4 }))).toEqual({ strength: 'partial', unmatched });
	});

	it('calls "kapıda ödeme kripto" partial, with "kripto" unmatched, although the title holds the other two words', () => {
		const cashOnDelivery = article('/tr/odeme/kapida-odeme/', 'Kapıda ödeme nasıl yapılır? Kapıda ödeme seçeneğini sepette seçin.', { title: 'Kapıda ödeme' });
		const words: QueryWord[] = [...found('kapida', 'ödeme'), { word: 'kripto', spelling: null }];
		expect(judge(words, [cashOnDelivery], rarity({ kapida: 3, ödeme: 12 }))).toEqual({ strength: 'partial', unmatched: ['kripto'] });
	});

	it('does not take a word for the query word because it starts alike: "öğrenci" is not "öğrenebilirsiniz"', () => {
		const tracking = article(
			'/tr/siparis/siparis-takibi/',
			'Siparişinizin nerede olduğunu Hesabım sayfasından öğrenebilirsiniz. Öğrenmek için giriş yapın. Öğrendiğiniz bilgiler…',
			{ title: 'Siparişimi nasıl takip ederim?' },
		);
		expect(judge(found('ogrenci'), [tracking], rarity({ ogrenci: 3 })).strength).toBe('partial');
		expect(judge(found('ogrenmek'), [tracking], rarity({ ogrenmek: 3 })).strength).toBe('full');
	});

	it('calls a search with no results none, with every word unmatched, and a query without words none', () => {
		const words: QueryWord[] = [...found('iade'), { word: 'kripto', spelling: null }];
		expect(judge(words, [], rarity({ iade: 23 }))).toEqual({ strength: 'none', unmatched: ['iade', 'kripto'] });
		expect(judge([], [article('/tr/iade/iade-sureci/', THRICE)], rarity({}))).toEqual({ strength: 'none', unmatched: [] });
	});

	it.each([
		['a comma', 'Kampanya sona erdi, kodu tekrar kullanamazsınız.', 'full'],
		['a period', 'Kampanya sona erdi. Kodu tekrar kullanamazsınız.', 'partial'],
	])('counts "kampanya kodu" together only within one sentence: words three apart across %s', (_, text, strength) => {
		const result = article('/tr/siparis/siparis-iptali/', `Siparişinizi kargoya verilmeden önce iptal edebilirsiniz. ${text}`);
		expect(judge(found('kampanya', 'kodu'), [result], rarity({ kampanya: 2, kodu: 6 })).strength).toBe(strength);
	});

	it.each([
		['four', 'The discount from the welcome code is applied at checkout.', 'full'],
		['five', 'The discount from the new welcome code is applied at checkout.', 'partial'],
	])('counts "discount code" together when %s words apart in one sentence only up to four', (_, text, strength) => {
		const result = article('/en/odeme/odeme-yontemleri/', `We accept cards and bank transfers. ${text}`);
		expect(judge(found('discount', 'code'), [result], rarity({ discount: 3, code: 6 })).strength).toBe(strength);
	});

	it('judges only the first three results: an answer in fourth place leaves "refund" partial', () => {
		const inPassing = (url: string) => article(url, 'Once your return reaches us we check it. A refund is sent to your original payment method.');
		const answer = article('/en/iade/para-iadesi-ne-zaman/', 'We send the refund as soon as the warehouse approves your return.', {
			title: 'When will I get my refund?',
		});
		const [first, second, third] = ['/en/iade/iade-sureci/', '/en/iade/degisim/', '/en/siparis/siparis-iptali/'].map(inPassing) as [
			PagefindResultData,
			PagefindResultData,
			PagefindResultData,
		];
		const pages = rarity({ refund: 12 });
		expect(judge(found('refund'), [first, second, third, answer], pages).strength).toBe('partial');
		expect(judge(found('refund'), [first, second, answer, third], pages).strength).toBe('full');
	});

	it('weighs rarity: "iptal ücreti" answered by the cancellation article only while "ücreti" is a common word', () => {
		const cancellation = article(
			'/tr/siparis/siparis-iptali/',
			'Siparişiniz kargoya verilmeden önce Siparişlerim sayfasından iptal edebilirsiniz. Tutar ödeme yönteminize geri yüklenir.',
			{ title: 'Sipariş iptali' },
		);
		const words = found('iptal', 'ücreti');
		expect(judge(words, [cancellation], rarity({ iptal: 3, ücreti: 22 }))).toEqual({ strength: 'full', unmatched: [] });
		expect(judge(words, [cancellation], rarity({ iptal: 3, ücreti: 1 }))).toEqual({ strength: 'partial', unmatched: ['ücreti'] });
	});
});
