// Articles and events for the report's tests: a small help center shaped like content/tr and
// content/en (titles, keywords, tags and headings taken from the sample), and one builder per event.
import type { StoredEvent } from '../collector/event-store.ts';
import { buildReport, type ReportInput } from './build-report.ts';
import type { ReportArticle } from './read-articles.ts';
import type { Report } from './report-types.ts';

export const DAY = 86_400_000;
export const START = Date.parse('2026-05-01T00:00:00Z');
export const PERIOD = { since: START, until: START + 14 * DAY - 1 };

type ArticleFields = Partial<Pick<ReportArticle, 'description' | 'keywords' | 'tags' | 'headings' | 'body'>>;

export function article(locale: string, id: string, title: string, fields: ArticleFields = {}): ReportArticle {
	return {
		locale,
		id,
		title,
		description: '',
		keywords: [],
		tags: [],
		headings: [],
		body: '',
		url: `/${locale}/${id}/`,
		file: `content/${locale}/${id}.md`,
		...fields,
	};
}

export const TR_ARTICLES = [
	article('tr', 'hesap/sifremi-unuttum', 'Şifremi unuttum', {
		description: 'Şifrenizi e-posta ya da SMS ile nasıl sıfırlayacağınızı adım adım anlatıyoruz.',
		tags: ['şifre', 'giriş'],
		keywords: ['sifremi unuttum', 'sifre sifirlama', 'parola', 'hesabima giremiyorum'],
		headings: ['Şifrenizi sıfırlayın', 'Güçlü bir şifre seçin', 'Sıfırlama e-postası gelmediyse'],
		body: 'İstenmeyen ve Promosyonlar klasörlerine bakın.',
	}),
	article('tr', 'odeme/kapida-odeme', 'Kapıda ödeme', {
		description: 'Kapıda nakit veya kartla ödemenin nasıl işlediğini ve hizmet bedelini anlatıyoruz.',
		tags: ['kapıda ödeme', 'nakit', 'teslimat'],
		keywords: ['kapida odeme', 'kapida kartla odeme', 'teslimatta odeme', 'kapida nakit'],
		headings: ['Kapıda ödeme nasıl seçilir?', 'Teslimat anında', 'Kapıda ödeme neden görünmüyor?'],
		body: 'Kurye mobil POS cihazıyla tek çekim ödeme alır. Kapıda taksit yapılamaz.',
	}),
	article('tr', 'odeme/taksit-secenekleri', 'Taksitli alışveriş', {
		description: 'Hangi kartla kaç taksit yapabileceğinizi ve vade farksız seçenekleri öğrenin.',
		tags: ['taksit', 'kredi kartı', 'ödeme'],
		keywords: ['kac taksit', 'taksitle alma', 'taksit yapilmiyor', 'vade farksiz taksit'],
		headings: ['Kartlara göre taksit sayıları', 'Taksitle ödeme adım adım'],
		body: 'Vade farksız kampanyalar dönem dönem değişir.',
	}),
	article('tr', 'odeme/odeme-yontemleri', 'Ödeme yöntemleri', {
		description: 'Kartla, taksitle, kapıda, havale/EFT ile ya da Çınar Cüzdan bakiyenizle nasıl ödeme yapabileceğinizi anlatıyoruz.',
		tags: ['ödeme', 'kart', 'havale', 'cüzdan'],
		keywords: ['odeme secenekleri', 'kredi karti', 'banka karti', 'kartla odeme'],
		headings: ['Hangi yöntemlerle ödeyebilirim?', 'Kartla ödeme ve 3D Secure', 'Havale / EFT ile ödeme'],
	}),
	article('tr', 'odeme/fatura-bilgileri', 'Fatura bilgileri', { keywords: ['e-arşiv fatura', 'fatura düzeltme'], headings: ['Kurumsal fatura'] }),
	article('tr', 'kargo/teslimat-secenekleri', "Teslimat seçenekleri: adrese, Çınar Noktası'na, aynı gün", {
		tags: ['kargo', 'teslimat', 'çınar noktası'],
		keywords: ['teslim noktasi', 'kargo noktasi', 'ayni gun kargo', 'evde yokum'],
		headings: ['Adrese teslimat', "Çınar Noktası'ndan teslim alma"],
	}),
	article('tr', 'kargo/kargom-gelmedi', 'Kargom gelmedi ya da gecikti', {
		tags: ['kargo', 'gecikme', 'teslimat'],
		keywords: ['kargom gelmedi', 'kargo nerede', 'kayip kargo'],
		headings: ['Kargo hareketlerine bakın'],
	}),
	article('tr', 'iade/para-iadesi-ne-zaman', 'Para iadem ne zaman yatar?', {
		tags: ['iade', 'para iadesi', 'ödeme'],
		keywords: ['para iadesi', 'iade ne zaman gelir', 'geri odeme'],
		headings: ['Ödeme yöntemine göre iade süreleri', 'Kapıda ödemede IBAN bildirme'],
	}),
];

export const EN_ARTICLES = [
	article('en', 'iade/iade-edilemeyen-urunler', "Items that can't be returned", {
		description: 'Items excluded from the right of withdrawal, such as opened cosmetics and underwear, personalised products and digital codes.',
		tags: ['returns', 'hygiene', 'withdrawal'],
		keywords: ['non returnable items', 'cant return', 'cosmetics return', 'gift card refund'],
		headings: ['Items excluded from the right of withdrawal', 'Things to keep in mind'],
		body: 'Digital products: Gift cards, software and game codes, if the code has been sent to you. Send any free promotional gift back with the item.',
	}),
	article('en', 'odeme/odeme-yontemleri', 'Payment methods', {
		tags: ['payment', 'card', 'transfer', 'wallet'],
		keywords: ['ways to pay', 'master card', 'visa card', 'bank card'],
		headings: ['Which payment methods can I use?', 'Card payments and 3D Secure'],
	}),
	article('en', 'odeme/taksit-secenekleri', 'Paying in instalments', {
		tags: ['instalments', 'credit card', 'payment'],
		keywords: ['installment', 'pay monthly'],
	}),
	article('en', 'kargo/teslimat-secenekleri', 'Delivery options', { tags: ['shipping', 'delivery'], keywords: ['pickup point', 'express shipping'] }),
];

export const ARTICLES = [...TR_ARTICLES, ...EN_ARTICLES];

let id = 0;
type Type = StoredEvent['type'];

/** One stored event; `day` counts from START. */
export function event(type: Type, locale: string, query: string | null, extra: Partial<StoredEvent> = {}, day = 0): StoredEvent {
	return {
		id: ++id,
		receivedAt: START + day * DAY + 3_600_000,
		type,
		locale,
		query,
		path: `/${locale}/`,
		filters: null,
		resultCount: type === 'unanswered-search' ? 0 : 5,
		position: null,
		target: null,
		article: null,
		helpful: null,
		strength: type === 'unanswered-search' ? 'none' : null,
		unmatched: null,
		firstResult: null,
		seconds: null,
		demo: false,
		...extra,
	};
}

export function times<T>(n: number, make: (i: number) => T): T[] {
	return Array.from({ length: n }, (_, i) => make(i));
}

/** A search with results showing `first` first, and what came of it. */
export function searched(
	locale: string,
	query: string,
	outcome: { first?: string; strength?: 'full' | 'partial'; opened?: string; cameBack?: boolean },
	day = 0,
): StoredEvent[] {
	const fields = { strength: outcome.strength ?? 'full', firstResult: outcome.first ?? null };
	const events = [event('search', locale, query, fields, day)];
	if (!outcome.opened) return [...events, event('no-click-search', locale, query, fields, day)];
	events.push(event('search-click', locale, query, { ...fields, position: 1, target: outcome.opened }, day));
	if (outcome.cameBack) events.push(event('search-return', locale, query, { ...fields, position: 1, target: outcome.opened, seconds: 4 }, day));
	return events;
}

export function report(events: StoredEvent[], options: Partial<ReportInput> = {}): Report {
	return buildReport({ events, articles: ARTICLES, period: PERIOD, locales: ['tr', 'en'], locale: null, minCount: null, ...options });
}
