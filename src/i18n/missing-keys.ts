import type { TranslationResources } from './load-translations.ts';

/** Plural forms share a base key (`home.articleCount_one`, `_other`); languages need different sets of them. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Keys of the default locale that another locale does not translate (plural forms are compared by
 * their base key, since Arabic needs six forms and Turkish two). Those keys fall back to the default
 * locale at build time; this list tells translators what is left.
 */
export function findMissingKeys(resources: TranslationResources, defaultLocale: string): Record<string, string[]> {
	const baseKeys = (strings: Record<string, string>) => new Set(Object.keys(strings).map((key) => key.replace(PLURAL_SUFFIX, '')));
	const reference = baseKeys(resources[defaultLocale] ?? {});
	const missing: Record<string, string[]> = {};
	for (const [locale, strings] of Object.entries(resources)) {
		if (locale === defaultLocale) continue;
		const present = baseKeys(strings);
		missing[locale] = [...reference].filter((key) => !present.has(key)).sort();
	}
	return missing;
}
