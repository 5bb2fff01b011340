import { describe, expect, it } from 'vitest';
import { DestekConfigSchema } from './config.ts';
import { parseWithFriendlyErrors } from '../utils/friendly-errors.ts';

const minimal = { title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } } };
const parse = (input: unknown) => parseWithFriendlyErrors(DestekConfigSchema, input, 'Invalid destek() options:');

describe('destek() options', () => {
	it('fills in defaults for a minimal configuration', () => {
		const config = parse(minimal);
		expect(config.locales.en!.dir).toBe('ltr');
		expect(config.contentDir).toBe('content');
		expect(config.brand.accentColor).toBe('#0b6e4f');
		expect(config.contact.timeZone).toBe('Europe/Istanbul');
		expect(config.popular).toEqual([]);
	});

	it('names the default locale when it is not one of the locales', () => {
		expect(() => parse({ ...minimal, defaultLocale: 'tr' })).toThrow(/\*\*defaultLocale\*\*: "tr" is not one of the configured locales \(en\)/);
	});

	it('names the option path and the bad value for a wrong color', () => {
		expect(() => parse({ ...minimal, brand: { accentColor: 'green' } })).toThrow(
			/\*\*brand\.accentColor\*\*: use a hex color such as "#0b6e4f" \(got "green"\)/,
		);
	});

	it('rejects misspelled options instead of ignoring them', () => {
		expect(() => parse({ ...minimal, contcat: {} })).toThrow(/unknown option "contcat"/);
	});

	it('checks opening hours and says how to write them', () => {
		expect(() => parse({ ...minimal, contact: { hours: { mon: '9-18' } } })).toThrow(/contact\.hours\.mon.*"HH:MM-HH:MM"/);
		expect(() => parse({ ...minimal, contact: { hours: { mon: '18:00-09:00' } } })).toThrow(/closing time must be after the opening time/);
		expect(parse({ ...minimal, contact: { hours: { mon: '09:00-18:00', sun: 'closed' } } }).contact.hours.mon).toBe('09:00-18:00');
	});

	it('accepts right-to-left locales and a base path', () => {
		const config = parse({ ...minimal, locales: { en: { label: 'English' }, ar: { label: 'العربية', dir: 'rtl' } }, base: '/help/' });
		expect(config.locales.ar!.dir).toBe('rtl');
		expect(() => parse({ ...minimal, base: 'help' })).toThrow(/\*\*base\*\*: start and end with "\/"/);
	});

	it('lists every problem at once', () => {
		try {
			parse({ ...minimal, brand: { accentColor: 'x', favicon: 'favicon.svg' }, popular: ['Not An Id'] });
			expect.unreachable();
		} catch (error) {
			const message = (error as Error).message;
			expect(message).toContain('brand.accentColor');
			expect(message).toContain('brand.favicon');
			expect(message).toContain('popular.0');
		}
	});
});
