import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';

/** UI strings of one locale: flat keys (`article.related`) to i18next strings. */
export type Strings = Record<string, string>;
export type TranslationResources = Record<string, Strings>;

/**
 * Reads `<localesDir>/<locale>/*.json`. Files are merged per locale, so strings can be split by
 * topic (`common.json`, `article.json`…); keys stay flat and must be unique across a locale's files.
 */
export function loadTranslations(root: string, localesDir: string, locales: string[]): { resources: TranslationResources; files: string[] } {
	const resources: TranslationResources = {};
	const files: string[] = [];
	for (const locale of locales) {
		const dir = join(root, localesDir, locale);
		const strings: Strings = {};
		let names: string[] = [];
		try {
			names = readdirSync(dir)
				.filter((name) => name.endsWith('.json'))
				.sort();
		} catch {
			// A locale without UI strings falls back to the default locale for every key.
		}
		for (const name of names) {
			const file = join(dir, name);
			files.push(file);
			const display = relative(root, file);
			let data: unknown;
			try {
				data = JSON.parse(readFileSync(file, 'utf8'));
			} catch (error) {
				throw new AstroError(
					`${display}: invalid JSON (${(error as Error).message})`,
					'Fix the JSON syntax: keys and strings in double quotes, no trailing commas.',
				);
			}
			if (!data || typeof data !== 'object' || Array.isArray(data)) throw new AstroError(`${display}: expected an object of "key": "text" pairs`);
			for (const [key, value] of Object.entries(data)) {
				if (typeof value !== 'string')
					throw new AstroError(`${display}: "${key}" must be a string`, 'UI strings are flat: "article.related": "Related articles".');
				if (key in strings) throw new AstroError(`${display}: "${key}" is defined twice for ${locale}`, 'Keep each key in one file.');
				strings[key] = value;
			}
		}
		resources[locale] = strings;
	}
	return { resources, files };
}
