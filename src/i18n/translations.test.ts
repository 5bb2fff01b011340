import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslator } from './create-translator.ts';
import { loadTranslations } from './load-translations.ts';
import { findMissingKeys } from './missing-keys.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('UI strings', () => {
	const resources = {
		tr: {
			'home.heading': 'Size nasıl yardımcı olabiliriz?',
			'home.count_one': '{{count}} makale',
			'home.count_other': '{{count}} makale',
			'only.tr': 'Yalnız Türkçe',
		},
		en: { 'home.heading': 'How can we help?', 'home.count_one': '{{count}} article', 'home.count_other': '{{count}} articles' },
		ar: { 'home.heading': 'كيف يمكننا مساعدتك؟', 'home.count_two': 'مقالتان', 'home.count_few': '{{count}} مقالات', 'home.count_other': '{{count}} مقالة' },
	};
	// These resources are made up for the test, so their keys are not the typed UI keys.
	const translator = createTranslator(resources, 'tr');
	const t = (locale: string) => translator(locale) as unknown as (key: string, options?: object) => string;

	it('translates flat dotted keys per locale', () => {
		expect(t('en')('home.heading')).toBe('How can we help?');
		expect(t('tr')('home.heading')).toBe('Size nasıl yardımcı olabiliriz?');
	});

	it('falls back to the default locale for a key a locale does not have', () => {
		expect(t('en')('only.tr')).toBe('Yalnız Türkçe');
	});

	it('chooses plural forms with each language’s rules', () => {
		expect(t('en')('home.count', { count: 1 })).toBe('1 article');
		expect(t('en')('home.count', { count: 5 })).toBe('5 articles');
		expect(t('ar')('home.count', { count: 2 })).toBe('مقالتان');
		expect(t('ar')('home.count', { count: 4 })).toBe('4 مقالات');
	});

	it('lists the keys each locale is missing, comparing plural forms by their base key', () => {
		expect(findMissingKeys(resources, 'tr')).toEqual({ en: ['only.tr'], ar: ['only.tr'] });
	});

	it('has every UI string of the default locale in every shipped locale', () => {
		const { resources: shipped } = loadTranslations(root, 'locales', ['tr', 'en', 'de', 'ar']);
		const missing = findMissingKeys(shipped, 'tr');
		// The message lists the missing keys per locale, for the translator.
		expect(missing, `missing UI strings:\n${JSON.stringify(missing, null, 2)}`).toEqual({ en: [], de: [], ar: [] });
	});
});
