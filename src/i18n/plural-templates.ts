import type { TFunction } from 'i18next';
import type { UiKey } from './create-translator.ts';

/**
 * A plural string for the browser, where i18next is not loaded: one template per plural category
 * of the language (`{ one: '{{count}} sonuç', other: … }`), chosen there with Intl.PluralRules.
 * Each template is produced by i18next with a sample number of that category.
 */
export function pluralTemplates(t: TFunction, key: UiKey, locale: string): Record<string, string> {
	let byKey = remembered.get(t);
	if (!byKey) remembered.set(t, (byKey = new Map<string, Record<string, string>>()));
	let templates = byKey.get(`${locale} ${key}`);
	if (!templates) byKey.set(`${locale} ${key}`, (templates = buildTemplates(t, key, locale)));
	return templates;
}
/** Per translation function (one per locale for a build): every page asks for the same templates. */
const remembered = new WeakMap<TFunction, Map<string, Record<string, string>>>();

function buildTemplates(t: TFunction, key: UiKey, locale: string): Record<string, string> {
	const rules = new Intl.PluralRules(locale);
	const templates: Record<string, string> = {};
	for (const category of rules.resolvedOptions().pluralCategories) {
		const sample =
			Array.from({ length: 200 }, (_, n) => n + 11).find((n) => rules.select(n) === category) ?? [0, 1, 2, 3].find((n) => rules.select(n) === category);
		if (sample === undefined) continue;
		templates[category] = String(t(key, { count: sample })).replace(String(sample), '{{count}}');
	}
	return templates;
}
