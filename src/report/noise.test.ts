import { describe, expect, it } from 'vitest';
import { createArticleIndex } from './article-index.ts';
import { isMash, noiseReason } from './noise.ts';
import { ARTICLES } from './test-fixtures.ts';

const index = createArticleIndex(ARTICLES);
const reason = (query: string, locale = 'tr') => noiseReason(query, locale, index.locale(locale).has);

describe('noise', () => {
	it('calls keyboard mash noise when no word of it is in any article', () => {
		expect(reason('xqzv plomb')).toBe('keyboard-mash');
		expect(reason('asdfgh')).toBe('keyboard-mash');
		expect(reason('zxcvb')).toBe('keyboard-mash');
		expect(reason('sdfsdf')).toBe('keyboard-mash');
		expect(reason('qwerty uiop', 'en')).toBe('keyboard-mash');
	});

	it('calls one letter (repeated or not), numbers and scrubbed personal data alone noise', () => {
		expect(reason('a?')).toBe('one-letter');
		expect(reason('aa')).toBe('one-letter');
		expect(reason('aaaa', 'en')).toBe('one-letter');
		expect(reason('[number]')).toBe('no-words');
		expect(reason('[email] [phone]')).toBe('no-words');
		expect(reason('12')).toBe('no-words');
	});

	it('calls test strings noise, in each language', () => {
		for (const query of ['test', 'Test123', 'deneme', 'deneme deneme', 'asdf', 'lorem ipsum', 'xxx']) expect(reason(query), query).toBe('test');
		expect(reason('testing', 'en')).toBe('test');
		expect(reason('hallo', 'de')).toBe('test');
	});

	it('calls a query of nothing but question words noise', () => {
		expect(reason('nasıl')).toBe('question-words');
		expect(reason('how', 'en')).toBe('question-words');
	});

	it('never calls real words noise, whether an article has them or not', () => {
		for (const query of ['promosyon', 'kampanya kodu', 'hediye çeki', 'ekstre', 'kdv', 'ptt kargo', 'sipariş [number] nerede', 'deneme ürünü'])
			expect(reason(query), query).toBeNull();
		for (const query of ['gift card', 'property tax', 'strengths', 'sms code']) expect(reason(query, 'en'), query).toBeNull();
		expect(reason('Rechtsschutzversicherung', 'de')).toBeNull();
		expect(reason('كيف الشحن', 'ar')).toBeNull();
	});

	it('lets an article vouch for a word that looks like mash', () => {
		const known = createArticleIndex([...ARTICLES, { ...ARTICLES[0]!, id: 'hesap/tckn', title: 'TCKN nedir?' }]);
		expect(noiseReason('tckn', 'tr', known.locale('tr').has)).toBeNull();
		expect(reason('tckn')).toBe('keyboard-mash');
	});
});

describe('keyboard mash', () => {
	it('knows vowels per language and leaves short words and other scripts alone', () => {
		expect(isMash('rhythm', 'tr')).toBe(true);
		expect(isMash('rhythm', 'en')).toBe(false);
		expect(isMash('sms', 'en')).toBe(false);
		expect(isMash('الشحن', 'ar')).toBe(false);
		expect(isMash('ekstre', 'tr')).toBe(false);
	});
});
