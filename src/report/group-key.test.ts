import { describe, expect, it } from 'vitest';
import { contentTokens, foldText, groupKey } from './group-key.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';

const sameGroup = (queries: string[], locale: string) => new Set(queries.map((query) => groupKey(query, locale)));

describe('report group keys', () => {
	it('puts Turkish possessive, plural and case forms of a word in one group', () => {
		expect(sameGroup(['kargo', 'kargom', 'kargolar', 'kargoyu', 'KARGOLARIM', 'kargolarımızdan', 'kargosu', 'kargoda'], 'tr').size).toBe(1);
		expect(sameGroup(['sipariş', 'siparişim', 'siparişi', 'siparişlerim', 'siparişimi', 'siparişiniz'], 'tr').size).toBe(1);
		expect(sameGroup(['iade', 'iadem', 'iadesi', 'iadeler', 'İADE'], 'tr').size).toBe(1);
		expect(sameGroup(['fatura düzeltme', 'faturamı düzeltmek'], 'tr').size).toBe(1);
	});

	it('groups spellings with and without accents, dotless i and circumflex', () => {
		expect(groupKey('şikâyet', 'tr')).toBe(groupKey('sikayet', 'tr'));
		expect(groupKey('ödeme', 'tr')).toBe(groupKey('odeme', 'tr'));
		expect(groupKey('Kapıda Ödeme', 'tr')).toBe(groupKey('kapida odeme', 'tr'));
		expect(groupKey('Rückgabe', 'de')).toBe(groupKey('ruckgabe', 'de'));
		expect(foldText("Şikâyet'im", 'tr')).toBe('sikayet');
	});

	it('drops question and filler words, and punctuation', () => {
		expect(groupKey('Kargom nerede?', 'tr')).toBe(groupKey('kargo', 'tr'));
		expect(groupKey('how do I return my order?', 'en')).toBe(groupKey('return order', 'en'));
		expect(groupKey('Wie kann ich meine Bestellung zurückgeben', 'de')).toBe(groupKey('Bestellung zurückgeben', 'de'));
	});

	it('keeps a query of nothing but stop words as its own group instead of an empty one', () => {
		expect(groupKey('nasıl', 'tr')).toBe('nasil');
		expect(groupKey('how', 'en')).not.toBe('');
		expect(groupKey('?!', 'tr')).toBe('');
	});

	it('keeps word order and collapses repeated words', () => {
		expect(groupKey('kargo iade', 'tr')).not.toBe(groupKey('iade kargo', 'tr'));
		expect(groupKey('kargo kargo kargom', 'tr')).toBe(groupKey('kargo', 'tr'));
		expect(groupKey('  kargo   iade ', 'tr')).toBe(groupKey('kargo iade', 'tr'));
	});

	it('leaves out what scrubbing replaced, so an order number does not make a new gap', () => {
		expect(groupKey('sipariş [number] nerede', 'tr')).toBe(groupKey('siparişim nerede', 'tr'));
		expect(groupKey('[phone]', 'tr')).not.toBe('');
	});

	it('keeps different topics apart', () => {
		expect(groupKey('kargo sigortası', 'tr')).not.toBe(groupKey('kargo', 'tr'));
		expect(groupKey('iade', 'tr')).not.toBe(groupKey('kargo', 'tr'));
		expect(groupKey('hediye paketi', 'tr')).not.toBe(groupKey('hediye', 'tr'));
	});

	it('strips English plurals and German endings without eating the word', () => {
		expect(sameGroup(['orders', 'order', 'my orders'], 'en').size).toBe(1);
		expect(sameGroup(['boxes', 'box'], 'en').size).toBe(1);
		expect(sameGroup(['deliveries', 'delivery'], 'en').size).toBe(1);
		expect(sameGroup(['gift wrapping', 'gift wrap'], 'en').size).toBe(1);
		expect(sameGroup(['shipping', 'ship'], 'en').size).toBe(1);
		expect(stripSuffixes('billing', 'en')).toBe('bill');
		expect(stripSuffixes('king', 'en')).toBe('king');
		expect(stripSuffixes('address', 'en')).toBe('address');
		expect(stripSuffixes('status', 'en')).toBe('status');
		expect(sameGroup(['Bestellungen', 'Bestellung'], 'de').size).toBe(1);
		expect(sameGroup(['Pakete', 'Paket', 'Paketen'], 'de').size).toBe(1);
		expect(sameGroup(['Gutschein', 'Gutscheine', 'Gutscheins'], 'de').size).toBe(1);
		expect(stripSuffixes('adresse', 'de')).toBe(stripSuffixes('adressen', 'de'));
	});

	it('joins Arabic words with and without the article, and leaves other languages unstemmed', () => {
		expect(groupKey('الشحن', 'ar')).toBe(groupKey('شحن', 'ar'));
		expect(stripSuffixes('kargolar', 'fr')).toBe('kargolar');
	});

	it('keeps Turkish roots that end like a suffix apart from the words they would become', () => {
		expect(groupKey('indirim kodu', 'tr')).not.toBe(groupKey('indirin kodu', 'tr'));
		expect(sameGroup(['indirim', 'indirimler', 'indirimi', 'İndirimlerden'], 'tr').size).toBe(1);
		expect(sameGroup(['sipariş durumu', 'siparis durumum'], 'tr').size).toBe(1);
	});

	it('never shortens a stem below three letters', () => {
		expect(stripSuffixes('iade', 'tr')).toBe('iad');
		expect(stripSuffixes('kod', 'tr')).toBe('kod');
		expect(stripSuffixes('bus', 'en')).toBe('bus');
	});

	it('splits hyphenated words and leaves stop words out of article tokens', () => {
		expect(contentTokens('e-fatura', 'tr')).toEqual(contentTokens('e fatura', 'tr'));
		// nasıl is a question word and ederim a filler word (src/search/stop-words.ts): neither is a topic.
		expect(contentTokens('Siparişimi nasıl takip ederim?', 'tr')).toEqual(['sipar', 'takip']);
	});
});
