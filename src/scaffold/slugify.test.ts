import { describe, expect, it } from 'vitest';
import { SEGMENT_PATTERN } from '../utils/article-path.ts';
import { capLength, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slugify.ts';

const slug = (title: string, locale: string) => slugify(title, locale).slug;

describe('slugify', () => {
	it('spells Turkish letters without their marks, dotted and dotless I alike', () => {
		expect(slug('İade ve değişim nasıl yapılır?', 'tr')).toBe('iade-ve-degisim-nasil-yapilir');
		expect(slug("IĞDIR'a kargo", 'tr')).toBe('igdira-kargo');
		expect(slug('ÇİFT ÖDEME ŞİKAYETİ ÜZÜM', 'tr')).toBe('cift-odeme-sikayeti-uzum');
		expect(slug("Trendyol'dan aldığım ürün", 'tr')).toBe('trendyoldan-aldigim-urun');
		// The same capital I in an English title is a plain i either way.
		expect(slug('ISTANBUL İzmir', 'en')).toBe('istanbul-izmir');
	});

	it('spells German umlauts and ß out, capitals included', () => {
		expect(slug('Rücksendung & Größe', 'de')).toBe('ruecksendung-groesse');
		expect(slug('ÄNDERUNG ÖFFNUNGSZEITEN ÜBERWEISUNG STRAẞE', 'de')).toBe('aenderung-oeffnungszeiten-ueberweisung-strasse');
		expect(slug('Rücksendung', 'de-AT')).toBe('ruecksendung');
		// Outside German an umlaut is only an accent.
		expect(slug('Rücksendung', 'en')).toBe('rucksendung');
	});

	it('reads decomposed letters as the letters they show', () => {
		expect(slug('Ru\u0308cksendung', 'de')).toBe('ruecksendung');
		expect(slug('deg\u0306is\u0327im', 'tr')).toBe('degisim');
	});

	it('drops punctuation and apostrophes and keeps digits in English and other Latin titles', () => {
		expect(slug("Where's my order?", 'en')).toBe('wheres-my-order');
		expect(slug('  Returns -- "fast" & free: 14 days!  ', 'en')).toBe('returns-fast-free-14-days');
		expect(slug('Æble, smørrebrød på Łódź — Đakovo', 'da')).toBe('aeble-smorrebrod-pa-lodz-dakovo');
		expect(slug('Où est ma commande ?', 'fr')).toBe('ou-est-ma-commande');
	});

	it('gives no slug for an Arabic title and names the letters it could not spell', () => {
		const result = slugify('كيف أُرجع منتجًا؟', 'ar');
		expect(result.slug).toBe('');
		expect(result.untransliterated).toContain('ك');
	});

	it('reports letters it drops from a mixed title, so nothing vanishes silently', () => {
		const result = slugify('مركز مساعدة Çınar Market', 'ar');
		expect(result.slug).toBe('cinar-market');
		expect(result.untransliterated.length).toBeGreaterThan(0);
		expect(slugify('İade ve değişim', 'tr').untransliterated).toEqual([]);
	});

	it('always gives a valid file name or nothing', () => {
		for (const [title, locale] of [
			['İade?', 'tr'],
			['ß', 'de'],
			['!!!', 'en'],
			['---a---b---', 'en'],
			['١٢٣', 'ar'],
		] as const) {
			const value = slug(title, locale);
			expect(value === '' || SEGMENT_PATTERN.test(value), `${title} → ${value}`).toBe(true);
		}
	});

	it('cuts long titles at a word boundary', () => {
		const title = 'Kargo ücretleri ve teslimat süreleri hakkında bilmeniz gereken her şey ve daha fazlası';
		const value = slug(title, 'tr');
		expect(value.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(value).toBe('kargo-ucretleri-ve-teslimat-sureleri-hakkinda-bilmeniz');
		expect('kargo-ucretleri-ve-teslimat-sureleri-hakkinda-bilmeniz-gereken'.startsWith(value)).toBe(true);
	});
});

describe('capLength', () => {
	it('keeps short slugs, cuts at the last hyphen that fits and cuts one long word where it must', () => {
		expect(capLength('abc-def', 7)).toBe('abc-def');
		expect(capLength('abc-def-ghi', 7)).toBe('abc-def');
		expect(capLength('abc-def-ghi', 8)).toBe('abc-def');
		expect(capLength('abcdefghij', 4)).toBe('abcd');
	});
});

describe('uniqueSlug', () => {
	it('numbers a taken slug from 2 on', () => {
		expect(uniqueSlug('iade', () => false)).toBe('iade');
		const taken = new Set(['iade', 'iade-2']);
		expect(uniqueSlug('iade', (s) => taken.has(s))).toBe('iade-3');
	});

	it('spells letters that carry an accent over a letter it maps (ǽ, found by the property tests)', () => {
		expect(slugify('Ǽsop ǽ', 'en').slug).toBe('aesop-ae');
	});
});
