import { describe, expect, it } from 'vitest';
import { createArticleIndex } from './article-index.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';
import { article } from './test-fixtures.ts';

describe('article index', () => {
	it('knows every word of a long body, not only its first sentences', () => {
		const opening = 'Çınar Market’te alışveriş yapmak için üye olmanız gerekmez. '.repeat(10);
		const signUp = article('tr', 'hesap/uyelik-ve-giris', 'Üyelik ve giriş', { body: `${opening}\n\nKampanya e-postaları için sizden ayrıca izin istenir.` });
		const index = createArticleIndex([signUp]).locale('tr');
		expect(index.has(stripSuffixes('kampanya', 'tr'))).toBe(true);
		expect(index.has(stripSuffixes('promosyon', 'tr'))).toBe(false);
	});
});
