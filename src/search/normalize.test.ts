import { describe, expect, it } from 'vitest';
import { foldLetters } from '../utils/fold.ts';
import { normalizeQuery } from './normalize-query.ts';
import { parseRestoreMap, restoreWords } from './restore-words.ts';
import { stopWordsFor } from './stop-words.ts';
import { typoVariants } from './typo-variants.ts';

/** What Pagefind does to an indexed word after our folding: lowercase and strip accents. */
const pagefindWord = (indexed: string) => foldLetters(indexed).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const queryWord = (typed: string, locale: string) => normalizeQuery(typed, locale).normalize('NFD').replace(/\p{M}/gu, '');

describe('search normalization', () => {
	it('treats every case of Turkish i the same, whatever the browser language', () => {
		for (const typed of ['IADE', 'İade', 'ıade', 'iade', 'İADE']) expect(normalizeQuery(typed, 'tr')).toBe('iade');
		expect(normalizeQuery('İade', 'en')).toBe('iade');
		expect(normalizeQuery('YARDIM', 'tr')).toBe('yardim');
		expect(normalizeQuery('YARDIM', 'en')).toBe('yardim');
	});

	it('lets index and query agree on words typed without Turkish or German letters', () => {
		const pairs: Array<[indexed: string, typed: string, locale: string]> = [
			['yardım', 'yardim', 'tr'],
			['kapıda', 'KAPIDA', 'tr'],
			['ödeme', 'odeme', 'tr'],
			['şikâyet', 'sikayet', 'tr'],
			['siparişlerim', 'SIPARISLERIM', 'tr'],
			['Irmak', 'IRMAK', 'en'],
			['ırmak', 'IRMAK', 'tr'],
			['Rückgabe', 'ruckgabe', 'de'],
			['Straße', 'strasse', 'de'],
			['Ørsted', 'orsted', 'en'],
		];
		for (const [indexed, typed, locale] of pairs) expect(queryWord(typed, locale), `${typed} → ${indexed}`).toBe(pagefindWord(indexed));
	});

	it('keeps accents Pagefind folds itself, so exact spellings can rank first', () => {
		expect(normalizeQuery('Kapıda Ödeme', 'tr')).toBe('kapida ödeme');
	});

	it('drops Turkish suffixes after apostrophes and punctuation', () => {
		expect(normalizeQuery("Trendyol'dan aldım!", 'tr')).toBe('trendyol aldim');
		expect(normalizeQuery('0850’yi aramak', 'tr')).toBe('0850 aramak');
		expect(normalizeQuery('  kargom   nerede?? ', 'tr')).toBe('kargom nerede');
	});

	it('caps pasted text at 200 characters', () => {
		expect(normalizeQuery('a'.repeat(500), 'tr')).toHaveLength(200);
	});

	it('knows question words per language, normalized like queries', () => {
		expect(stopWordsFor('tr').has('nasil')).toBe(true);
		expect(stopWordsFor('tr').has('nerede')).toBe(true);
		expect(stopWordsFor('en-GB').has('where')).toBe(true);
		expect(stopWordsFor('tr').has('iade')).toBe(false);
	});

	it('offers one-edit spellings only for words of five letters or more', () => {
		expect(typoVariants('kragom')).toContain('kargom');
		expect(typoVariants('odmee')).toContain('odeme');
		expect(typoVariants('iade')).toEqual([]);
	});

	it('shows folded words as they are written', () => {
		const map = parseRestoreMap('kapida=kapıda yardim=yardım');
		expect(restoreWords('Kapida ödeme ve YARDIM, yardimci', map, 'tr')).toBe('Kapıda ödeme ve YARDIM, yardimci'.replace('YARDIM', 'YARDIM'));
		expect(restoreWords('kapida', map, 'tr')).toBe('kapıda');
		expect(restoreWords('Yardim', map, 'tr')).toBe('Yardım');
	});
});
