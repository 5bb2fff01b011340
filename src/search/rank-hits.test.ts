import { describe, expect, it } from 'vitest';
import { findArticles } from './find-articles.ts';
import type { PagefindHit, PagefindResultData, PagefindSearch } from './search-types.ts';
import { rankHits, scoreParts } from './rank-hits.ts';
import { matchesQueryWord } from './word-match.ts';

/** An article of the sample help center (content/), abridged; `score` is what Pagefind gives it. */
interface FakePage {
	url: string;
	title: string;
	description?: string;
	keywords?: string[];
	headings?: string[];
	body: string;
	score: number;
}

/** The indexed text of a page: title, description, keywords, then each heading with its text. */
function indexedText(page: FakePage): { content: string; anchors: Array<{ text: string; location: number }> } {
	const opening = [page.title, page.description ?? '', (page.keywords ?? []).join(', ')].join(' ');
	let content = opening.split(/\s+/).filter(Boolean).join(' ');
	const anchors = (page.headings ?? []).map((text) => {
		const location = content.split(' ').length;
		content += ` ${text}`;
		return { text, location };
	});
	return { content: `${content} ${page.body}`, anchors };
}

/**
 * A Pagefind that finds the pages holding every word of the term (by the prefix rule of
 * word-match.ts) in the order of their given `score`, lists every page for `null`, and counts the
 * fragments loaded.
 */
function fakePagefind(pages: FakePage[]): PagefindSearch & { loaded: Set<string> } {
	const loaded = new Set<string>();
	const hitOf = (page: FakePage, words: string[]): PagefindHit => ({
		id: page.url,
		score: page.score,
		data: async (): Promise<PagefindResultData> => {
			loaded.add(page.url);
			const { content, anchors } = indexedText(page);
			const locations = content.split(' ').flatMap((word, index) => (words.some((query) => matchesQueryWord(word, query)) ? [index] : []));
			const meta = { title: page.title, description: page.description ?? '', keywords: (page.keywords ?? []).join(', ') };
			return { url: page.url, content, locations, anchors, excerpt: '', meta, sub_results: [] };
		},
	});
	return {
		loaded,
		async search(term) {
			if (term === null) return { results: pages.map((page) => hitOf(page, [])) };
			const words = term.split(' ');
			const holds = (page: FakePage) =>
				words.every((word) =>
					indexedText(page)
						.content.split(' ')
						.some((articleWord) => matchesQueryWord(articleWord, word)),
				);
			return {
				results: pages
					.filter(holds)
					.sort((a, b) => b.score - a.score)
					.map((page) => hitOf(page, words)),
			};
		},
	};
}

/** Pages Pagefind might list for anything, so that the words of the cases are not in every page. */
const others = (locale: string, count: number): FakePage[] =>
	Array.from({ length: count }, (_, i) => ({ url: `/${locale}/other-${i}/`, title: `Other ${i}`, body: 'Lorem ipsum dolor sit amet.', score: 0 }));

async function firstUrl(pages: FakePage[], query: string, locale: string): Promise<string | undefined> {
	const { hits } = await findArticles(fakePagefind(pages), query, locale);
	return (await hits[0]?.hit.data())?.url;
}

describe('ranking that puts the answer first', () => {
	it('puts "İade nasıl yapılır?" first for `iade nasil yapilir`, not the refund page Pagefind prefers', async () => {
		const pages: FakePage[] = [
			{
				url: '/tr/iade/para-iadesi-ne-zaman/',
				title: 'Para iadem ne zaman yatar?',
				keywords: ['para iadesi', 'param ne zaman yatar', 'iade kartima yansimadi', 'iade ne zaman gelir', 'iade suresi', 'iban iade'],
				headings: ['Ödeme yöntemine göre iade süreleri', 'İadem kartıma hâlâ yansımadıysa'],
				body: 'İade onaylandıktan sonra para iadesi kartınıza yansır. İade tutarı bankanıza göre değişir.',
				score: 9,
			},
			{
				url: '/tr/iade/iade-sureci/',
				title: 'İade nasıl yapılır? Adım adım iade süreci',
				keywords: ['iade nasil yapilir', 'urun iadesi', 'iade kodu', 'iade talebi', 'begenmedim'],
				headings: ['1. İade talebi oluşturun', '2. Ürünü paketleyin ve gönderin', '3. İadenizi takip edin'],
				body: 'Teslimattan itibaren 14 gün içinde ücretsiz iade koduyla ürününüzü geri gönderin.',
				score: 6,
			},
			{
				url: '/tr/iade/iade-kargo-ucreti/',
				title: 'İade kargo ücreti kimden?',
				keywords: ['iade kargo ucreti', 'ucretsiz iade', 'karsi odemeli iade'],
				headings: ['Kim öder?', 'İade kodu olmadan gönderirseniz'],
				body: 'İade kodu ile gönderdiğiniz iade kargosu ücretsizdir.',
				score: 5,
			},
			...others('tr', 3),
		];
		expect(await firstUrl(pages, 'iade nasil yapilir', 'tr')).toBe('/tr/iade/iade-sureci/');
	});

	it('puts "How do I track my order?" first for `where is my order`, whose keywords it is', async () => {
		const pages: FakePage[] = [
			{
				url: '/en/siparis/siparis-iptali/',
				title: 'Can I cancel my order?',
				keywords: ['cancel order', 'changed my mind', 'ordered by mistake', 'duplicate order', 'stop order'],
				headings: ['Orders not yet shipped', 'Orders that have already shipped', 'I placed the same order twice by mistake. What should I do?'],
				body: 'You can cancel an order in a few clicks as long as your order has not shipped.',
				score: 9,
			},
			{
				url: '/en/siparis/siparis-takibi/',
				title: 'How do I track my order?',
				keywords: ['where is my order', 'wheres my parcel', 'track package', 'order status', 'shipment tracking'],
				headings: ['Track your order from your account', 'What does each order status mean?'],
				body: 'Find out what stage your order is at and where to find your tracking number.',
				score: 7,
			},
			{
				url: '/en/siparis/siparis-degisikligi/',
				title: 'Changing the address or items after ordering',
				keywords: ['change address', 'edit order', 'update order', 'modify order'],
				body: 'You can change the address of an order until it is packed.',
				score: 5,
			},
			...others('en', 3),
		];
		expect(await firstUrl(pages, 'where is my order', 'en')).toBe('/en/siparis/siparis-takibi/');
	});

	it('puts account deletion first for `hesabimi kapatmak istiyorum`, not cookies (whose keywords say "kapatma")', async () => {
		const pages: FakePage[] = [
			{
				url: '/tr/gizlilik/cerezler/',
				title: 'Çerezler ve tercihleriniz',
				keywords: ['cerez', 'cookie', 'cerezleri kapatma', 'cerez ayarlari', 'reklam takibi'],
				headings: ['Hangi çerezleri kullanıyoruz?', 'Tercihlerinizi değiştirme'],
				body: 'Reklam çerezlerini kapatmak için Hesabım > Ayarlar > Çerez ve izleme tercihleri altına gidin. Çerezleri kapatmak sitenin çalışmasını bozmaz.',
				score: 9,
			},
			{
				url: '/tr/hesap/hesabi-silme/',
				title: 'Hesabımı nasıl silerim?',
				keywords: ['uyelik iptali', 'uyeligimi sil', 'hesap kapatma', 'hesabimi kapat', 'unutulma hakki'],
				headings: ['Silmeden önce kontrol edin', 'Hesabınızı silme adımları'],
				body: 'Hesabınızı kalıcı olarak silmeden önce açık siparişlerinizi kontrol edin.',
				score: 6,
			},
			...others('tr', 4),
		];
		expect(await firstUrl(pages, 'hesabimi kapatmak istiyorum', 'tr')).toBe('/tr/hesap/hesabi-silme/');
	});

	it('puts the returns article first for `how do i return something`: "something" is a filler word and decides nothing', async () => {
		const pages: FakePage[] = [
			{
				url: '/en/siparis/eksik-veya-hatali-urun/',
				title: 'An item is missing, wrong or faulty',
				description: "If something in your order is missing, wrong or faulty, here's how to report it.",
				keywords: ['missing item', 'wrong item sent', 'defective', 'faulty product'],
				headings: ['How to report a problem', 'Do I pay for shipping when I send back a faulty item?'],
				body: 'If something is wrong you can return it for free, or we send a replacement.',
				score: 9,
			},
			{
				url: '/en/iade/iade-sureci/',
				title: 'How do I return an item? Step-by-step returns',
				keywords: ['how to return', 'return item', 'return code', 'send back', 'return request'],
				headings: ['1. Create a return request', '2. Pack and send the item', '3. Track your return'],
				body: 'Send an item back for free with a return code within 14 days of delivery.',
				score: 6,
			},
			...others('en', 4),
		];
		expect(await firstUrl(pages, 'how do i return something', 'en')).toBe('/en/iade/iade-sureci/');
	});

	it('puts the page whose heading holds the rare word above a page sharing only the common words', async () => {
		const common = (i: number): FakePage => ({
			url: `/tr/destek-${i}/`,
			title: `Müşteri destek rehberi ${i}`,
			body: 'Müşteri destek ekibimiz size yardımcı olur. Destek için müşteri numaranızı hazırlayın.',
			score: 3,
		});
		const pages: FakePage[] = [
			{
				url: '/tr/destek-talebi/',
				title: 'Destek talebi ve müşteri hizmetleri',
				keywords: ['destek talebi', 'musteri hizmetleri'],
				headings: ['Destek talebi oluşturma', 'Müşteri destek süreçleri'],
				body: 'Destek talebinizi müşteri panelinden açın. Müşteri destek ekibi talebinizi inceler. Çağrı hattı yoğunsa bekleyin. Dilerseniz WhatsApp da kullanılabilir.',
				score: 12,
			},
			{
				url: '/tr/iletisim-kanallari/',
				title: 'İletişim kanallarımız',
				headings: ['WhatsApp hattı', 'Telefon'],
				body: 'WhatsApp hattımıza 7/24 yazabilirsiniz; destek ekibimiz yanıtlar.',
				score: 5,
			},
			...[1, 2, 3, 4, 5].map(common),
		];
		expect(await firstUrl(pages, 'whatsapp destek hattı', 'tr')).toBe('/tr/iletisim-kanallari/');
	});

	it('loads no fragment beyond the first five results to rank them', async () => {
		const pages = Array.from({ length: 9 }, (_, i): FakePage => ({ url: `/en/return-${i}/`, title: `Return ${i}`, body: 'Return the item.', score: 9 - i }));
		const pagefind = fakePagefind([...pages, ...others('en', 3)]);
		const { hits } = await findArticles(pagefind, 'return', 'en');
		expect(hits).toHaveLength(9);
		expect(pagefind.loaded.size).toBe(5);
	});

	it('never lets stop words alone add a phrase: `how do i` in a title counts for nothing', async () => {
		const page = (url: string, title: string, score: number): FakePage => ({ url, title, body: 'Return the parcel.', score });
		const pagefind = fakePagefind([page('/en/a/', 'How do I pay?', 9), page('/en/b/', 'Parcels', 1)]);
		const candidates = await Promise.all(
			(await pagefind.search('parcel'))!.results.map(async (hit) => ({
				ranked: { hit, complete: true, matchedWords: 1, score: hit.score },
				data: await hit.data(),
			})),
		);
		const words = [{ word: 'parcel', spelling: 'parcel' }];
		const rarity = { total: 2, pages: new Map([['parcel', 2]]) };
		const parts = scoreParts(candidates, words, rarity, ['how', 'do', 'i', 'parcel'], 'en');
		expect(parts.map(({ phrase }) => phrase)).toEqual([0, 0]);
		expect(rankHits(candidates, words, rarity, ['how', 'do', 'i', 'parcel'], 'en')[0]!.hit.id).toBe('/en/b/');
	});

	it('counts a keyword as the query only when it is the same word, not a longer one that starts with it', async () => {
		const pages: FakePage[] = [
			{
				url: '/de/iade/iade-kargo-ucreti/',
				title: 'Wer zahlt den Rückversand?',
				keywords: ['ruecksendekosten', 'kostenlose retoure', 'retourenlabel'],
				body: 'Mit dem Retourenlabel ist die Retoure kostenlos.',
				score: 9,
			},
			{
				url: '/de/iade/iade-sureci/',
				title: 'Wie funktioniert die Rücksendung? Schritt für Schritt',
				keywords: ['ruecksendung', 'rueckgabe', 'retoure', 'widerrufsrecht'],
				body: 'Melden Sie die Retoure im Kundenkonto an.',
				score: 6,
			},
			...others('de', 4),
		];
		expect(await firstUrl(pages, 'Retoure', 'de')).toBe('/de/iade/iade-sureci/');
	});

	it("puts the page where the query's words stand together above a title holding only the common one (`destek talebi`)", async () => {
		const pages: FakePage[] = [
			{
				url: '/tr/whatsapp/',
				title: 'WhatsApp destek hattını açık tutun',
				headings: ['Destek mesajlarına hızlı yanıt'],
				body: 'Müşteriler bir talebi olduğunda yazar. Her talebi kaydedin. Gelen talebi aynı gün yanıtlayın. Destek ekibi mesajları izler.',
				score: 9,
			},
			{
				url: '/tr/kanallar/',
				title: 'Doğru kanalları seçin',
				body: 'Destek talebinde bulunurken sorununuzu ayrıntılı anlatın. Destek talebinizle ilgili bir takip numarası isteyin.',
				score: 7,
			},
			...Array.from({ length: 6 }, (_, i): FakePage => ({
				url: `/tr/destek-${i}/`,
				title: `Destek rehberi ${i}`,
				body: 'Destek ekibimiz yardımcı olur.',
				score: 1,
			})),
		];
		expect(await firstUrl(pages, 'destek talebi', 'tr')).toBe('/tr/kanallar/');
	});
});
