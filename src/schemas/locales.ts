import { z } from 'astro/zod';

/** A BCP 47 language tag such as `tr`, `en` or `pt-BR`; also the URL segment of the locale. */
const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
	message: 'use a BCP 47 language tag such as "tr", "en" or "pt-BR"',
});

export const LocaleSchema = z.strictObject({
	/**
	 * Name of the language in that language, shown in the language switcher.
	 * @example 'Türkçe'
	 */
	label: z.string().min(1),
	/**
	 * Writing direction. Arabic, Hebrew, Persian and Urdu need `'rtl'`.
	 * @default 'ltr'
	 */
	dir: z.enum(['ltr', 'rtl']).default('ltr'),
});

export const LocalesSchema = z.record(localeCode, LocaleSchema).refine((locales) => Object.keys(locales).length > 0, { message: 'add at least one locale' });

export type LocaleConfig = z.output<typeof LocaleSchema>;

/**
 * A text given once for every locale (`{ tr: 'Yardım', en: 'Help' }`) or as one string for all.
 * @example { tr: 'Çınar Market Yardım Merkezi', en: 'Çınar Market Help Center' }
 */
export const LocalizedTextSchema = z.union([z.string().min(1), z.record(localeCode, z.string().min(1))]);
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
