import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../content-checks/check-content.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { foldText } from '../report/group-key.ts';
import { slugify } from '../scaffold/slugify.ts';
import { normalizeQuery } from '../search/normalize-query.ts';
import { comparableWord } from '../search/word-match.ts';
import { foldCase, foldForMatching, foldLetters, stripAccents, transliterate } from './fold.ts';
import { toSegment } from './article-path.ts';

/** What Pagefind compares an indexed word as: our index folding, then its own lowercasing and accent stripping. */
const pagefindWord = (indexed: string) => stripAccents(foldLetters(indexed).toLowerCase());
/** What a typed word reaches Pagefind as, once Pagefind strips the accents the query kept. */
const queryWord = (typed: string, locale: string) => stripAccents(normalizeQuery(typed, locale));

describe('matching fold', () => {
	it('folds every Turkish i and the other Turkish letters to plain Latin', () => {
		for (const word of ['İADE', 'iade', 'IADE', 'ıade', 'İade']) expect(foldForMatching(word)).toBe('iade');
		expect(foldForMatching('Değişim ŞİKÂYET ığdır')).toBe('degisim sikayet igdir');
	});

	it('drops German umlauts and spells ß as ss', () => {
		expect(foldForMatching('Rücksendung')).toBe('rucksendung');
		expect(foldForMatching('GRÖẞE Größe Äpfel')).toBe('grosse grosse apfel');
	});

	it('drops Arabic vowel marks and the hamza on alef, which nobody types', () => {
		expect(foldForMatching('أُرجِع المُنتَج')).toBe('ارجع المنتج');
		expect(foldForMatching('إلغاء آخر')).toBe('الغاء اخر');
	});

	it('needs no language: Turkish lowercasing gives the same form', () => {
		for (const text of ['IŞIK', 'İstanbul', 'KAPIDA ÖDEME', 'Rücksendung', 'Iğdır']) {
			expect(foldForMatching(text)).toBe(stripAccents(foldLetters(text.toLocaleLowerCase('tr'))));
		}
	});

	it('is what the query side and the index side meet on in Pagefind', () => {
		const pairs: Array<[indexed: string, typed: string, locale: string]> = [
			['Rücksendung', 'rucksendung', 'de'],
			['Straße', 'STRASSE', 'de'],
			['yardım', 'YARDIM', 'tr'],
			['İade', 'iade', 'en'],
			['Ørsted', 'orsted', 'en'],
			['Þórsmörk', 'thorsmork', 'en'],
			['مُنتَج', 'منتج', 'ar'],
		];
		for (const [indexed, typed, locale] of pairs) {
			expect(queryWord(typed, locale), `${typed} → ${indexed}`).toBe(pagefindWord(indexed));
			expect(foldForMatching(indexed)).toBe(pagefindWord(indexed));
		}
	});

	it('keeps accents on the query side, where Pagefind drops them itself', () => {
		expect(foldCase('KAPIDA Ödeme', 'tr')).toBe('kapida ödeme');
		expect(foldCase('İade', 'en')).toBe('iade');
	});

	it('folds mixed scripts word by word', () => {
		expect(foldForMatching('Çınar Market مركز Rückgabe')).toBe('cinar market مركز ruckgabe');
	});
});

describe('slug transliteration', () => {
	it('spells German umlauts out in German and drops accents elsewhere', () => {
		expect(transliterate('Rücksendung', 'de')).toBe('ruecksendung');
		expect(transliterate('Rücksendung', 'de-AT')).toBe('ruecksendung');
		expect(transliterate('Rücksendung', 'tr')).toBe('rucksendung');
		expect(transliterate('Größe', 'en')).toBe('grosse');
	});

	it('spells every Turkish letter in plain Latin', () => {
		expect(toSegment('İade ve değişim nasıl yapılır?', 'tr')).toBe('iade-ve-degisim-nasil-yapilir');
		expect(toSegment('IĞDIR Şubesi', 'tr')).toBe('igdir-subesi');
	});

	it('leaves Arabic letters for the caller to refuse', () => {
		expect(transliterate('مركز Çınar', 'ar')).toBe('مركز cinar');
		expect(toSegment('مركز Çınar', 'ar')).toBe('cinar');
	});
});

describe('Rücksendung across Destek', () => {
	it('folds the same in search, the report and highlighting', () => {
		const searched = queryWord('Rücksendung', 'de');
		expect(searched).toBe('rucksendung');
		expect(pagefindWord('Rücksendung')).toBe(searched);
		expect(foldText('Rücksendung', 'de')).toBe(searched);
		expect(foldForMatching('Rücksendung')).toBe(searched);
		// Typed without the umlaut key, the German way, it is still the same word.
		expect(comparableWord('Ruecksendung')).toBe(comparableWord('Rücksendung'));
	});

	it('is spelled the same by npm run new and the content check’s rename hint', async () => {
		expect(slugify('Rücksendung', 'de').slug).toBe('ruecksendung');
		const root = await mkdtemp(join(tmpdir(), 'destek-fold-'));
		try {
			await mkdir(join(root, 'content/de/retouren'), { recursive: true });
			await writeFile(join(root, 'content/de/retouren/Rücksendung.md'), '---\ntitle: Rücksendung\n---\n');
			const { problems } = await checkContent({ root, contentDir: 'content', locales: ['de'], defaultLocale: 'de' });
			expect(problems.map(formatProblem).join('\n')).toContain('rename it to "ruecksendung.md"');
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	});
});
