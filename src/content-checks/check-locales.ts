import { posix } from 'node:path';
import { loadTranslations } from '../i18n/load-translations.ts';
import { findMissingKeys } from '../i18n/missing-keys.ts';
import type { ContentCheckOptions, ContentIndex, Report } from './content-types.ts';

/**
 * What a locale shows in the default locale's words instead of its own: UI strings missing from
 * `locales/<locale>/`, and categories without a `_category.yml` title in that locale.
 */
export function checkLocales(options: ContentCheckOptions & { localesDir: string }, index: ContentIndex, report: Report): void {
	let resources;
	try {
		({ resources } = loadTranslations(options.root, options.localesDir, options.locales));
	} catch (error) {
		// Invalid JSON: the message starts with the file; the build stops on it with the same words.
		const { message, hint } = error as { message: string; hint?: string };
		const [file = options.localesDir, ...rest] = message.split(': ');
		report(file, 1, rest.join(': ') || message, hint);
		return;
	}
	for (const [locale, keys] of Object.entries(findMissingKeys(resources, options.defaultLocale))) {
		for (const key of keys) {
			report(
				posix.join(options.localesDir, locale, 'ui.json'),
				1,
				`UI string "${key}" is not translated (the ${options.defaultLocale} text is shown)`,
				`add "${key}" to a JSON file in ${posix.join(options.localesDir, locale)}/`,
				'warning',
			);
		}
	}
	const categories = [...(index.categories.get(options.defaultLocale)?.keys() ?? [])];
	for (const locale of options.locales) {
		if (locale === options.defaultLocale) continue;
		const own = index.categories.get(locale)!;
		for (const category of categories) {
			if (own.has(category)) continue;
			const file = posix.join(options.contentDir, locale, category, '_category.yml');
			report(
				file,
				1,
				`category "${category}" has no title in ${locale} (the ${options.defaultLocale} title is shown)`,
				`create ${file} with a line title: <the topic's name in ${locale}>`,
				'warning',
			);
		}
	}
}
