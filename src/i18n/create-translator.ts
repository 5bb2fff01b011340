import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { memoize } from '../utils/memoize.ts';
import type { TranslationResources } from './load-translations.ts';

/**
 * One i18next instance for the whole site. Keys are flat (`article.related`), so key and namespace
 * separators are off; a key missing in a locale falls back to the default locale's text.
 */
export function createTranslator(resources: TranslationResources, defaultLocale: string): (locale: string) => TFunction {
	const instance = i18next.createInstance();
	// Synchronous with initAsync off and resources given: the instance is ready on the next line, and
	// i18next resolves the promise even when a resource is missing, so there is nothing to await.
	void instance.init({
		resources: Object.fromEntries(Object.entries(resources).map(([locale, strings]) => [locale, { translation: strings }])),
		lng: defaultLocale,
		fallbackLng: defaultLocale,
		keySeparator: false,
		nsSeparator: false,
		// Astro escapes every expression it renders; escaping here too would double-escape.
		interpolation: { escapeValue: false },
		initAsync: false,
	});
	return memoize((locale: string) => rememberPlainStrings(instance.getFixedT(locale)));
}

/**
 * Strings without options never change during a build, and i18next's lookup was a visible part of
 * rendering 15,000 pages, so they are looked up once per locale.
 */
function rememberPlainStrings(t: TFunction): TFunction {
	const plain = new Map<string, string>();
	const remembering = (key: unknown, ...rest: unknown[]) => {
		if (typeof key !== 'string' || rest.length > 0) return (t as unknown as (...args: unknown[]) => string)(key, ...rest);
		let text = plain.get(key);
		if (text === undefined) plain.set(key, (text = t(key as UiKey)));
		return text;
	};
	return remembering as unknown as TFunction;
}

/** A UI string key of locales/en/*.json, plural suffixes (`_one`, `_other`) left out. */
export type UiKey = ParseKeys;
