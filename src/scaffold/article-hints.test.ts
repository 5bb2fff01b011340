import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintsFor, placeholderTexts } from './article-hints.ts';

const LOCALES = join(import.meta.dirname, '..', '..', 'locales');
const strings = (locale: string) => JSON.parse(readFileSync(join(LOCALES, locale, 'new-article.json'), 'utf8')) as Record<string, string>;
const locales = readdirSync(LOCALES);

describe('the hints npm run new writes', () => {
	it('are in every locale of locales/, with the same keys as English', () => {
		const keys = Object.keys(strings('en')).sort();
		expect(keys.length).toBeGreaterThan(10);
		for (const locale of locales) expect(Object.keys(strings(locale)).sort(), locale).toEqual(keys);
	});

	it('come from the locale’s JSON file, every text filled in', () => {
		for (const locale of locales) {
			const hints = hintsFor(locale);
			expect(hints.description, locale).toBe(strings(locale)['newArticle.description']);
			expect(hints.faq[1]?.[1], locale).toBe(strings(locale)['newArticle.faq.2.answer']);
			expect(JSON.stringify(hints), locale).not.toContain('newArticle.');
		}
	});

	it('use the language of a regional locale, and English for a language without hints', () => {
		expect(hintsFor('de-AT')).toEqual(hintsFor('de'));
		expect(hintsFor('TR_tr')).toEqual(hintsFor('tr'));
		expect(hintsFor('fr').stepsHeading).toBe(strings('en')['newArticle.stepsHeading']);
	});

	it('are all known to the placeholder check, in every language', () => {
		const { descriptions, bodyLines } = placeholderTexts();
		for (const locale of locales) {
			expect(descriptions.has(strings(locale)['newArticle.description']!), locale).toBe(true);
			expect(bodyLines, locale).toContain(strings(locale)['newArticle.intro']);
		}
	});
});
