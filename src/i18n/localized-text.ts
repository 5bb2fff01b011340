import type { LocalizedText } from '../schemas/locales.ts';
import { memoize } from '../utils/memoize.ts';

/** Picks a configured text for `locale`, falling back to the default locale's. */
export function localizedText(text: LocalizedText, locale: string, defaultLocale: string): string {
	if (typeof text === 'string') return text;
	return text[locale] ?? text[defaultLocale] ?? Object.values(text)[0] ?? '';
}

/** Name of a language in another language: `de` in Turkish is "Almanca". */
export const languageName = memoize((code: string, inLocale: string): string => {
	try {
		return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
});
