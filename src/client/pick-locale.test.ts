import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale.ts';

const available = ['tr', 'en', 'de', 'ar'];

describe('picking the visitor’s language', () => {
	it('takes the first preferred language the help center has', () => {
		expect(pickLocale(['fr-FR', 'de-DE', 'en'], available, 'tr')).toBe('de');
	});
	it('matches regional variants to the base language, case-insensitively', () => {
		expect(pickLocale(['EN-gb'], available, 'tr')).toBe('en');
		expect(pickLocale(['pt-PT'], ['pt-BR', 'en'], 'en')).toBe('pt-BR');
	});
	it('falls back to the default locale', () => {
		expect(pickLocale(['ja-JP'], available, 'tr')).toBe('tr');
		expect(pickLocale([], available, 'tr')).toBe('tr');
	});
});
