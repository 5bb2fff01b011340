import { z } from 'astro/zod';
import { ArticleFrontmatterSchema } from './article.ts';
import { CategorySchema } from './category.ts';

/** What editors show when completing a field: one line each, with an example. */
const ARTICLE_FIELDS: Record<string, string> = {
	title: 'The page heading and <title>. Example: Siparişimi nasıl takip ederim?',
	description: 'One sentence for lists and search engines, at most 160 characters.',
	updated: 'When the content was last checked, YYYY-MM-DD. Example: 2026-10-14',
	tags: 'Short topic words, used as search filters. Example: [kargo, takip]',
	order: 'Position inside the category; lower comes first, then by title.',
	draft: 'true: shown by npm run dev only, never published.',
	keywords: 'Words customers search with that are not in the text. Example: [kargom nerede, teslimat]',
	related: 'Ids of related articles, <category>/<slug>. Example: [kargo/kargom-gelmedi]',
	sourceHash: 'In a translation: written by npm run translations -- --mark <file>; do not edit.',
};
const CATEGORY_FIELDS: Record<string, string> = {
	title: "The topic's name in this locale. Example: Siparişler ve takip",
	description: 'One sentence under the title on the home page, at most 160 characters.',
	icon: 'Icon on the home page (read from the default locale).',
	order: 'Position on the home page (read from the default locale).',
};

/**
 * JSON Schemas of article frontmatter and `_category.yml`, generated from the zod schemas the
 * build uses, with a description per field, for editors (see .vscode/ and the README).
 */
export function contentJsonSchemas(): Record<'article' | 'category', Record<string, unknown>> {
	return {
		article: describe(ArticleFrontmatterSchema, ARTICLE_FIELDS, 'Destek article frontmatter', {
			// YAML reads an unquoted date as a date; editors see it as text.
			updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
		}),
		category: describe(CategorySchema, CATEGORY_FIELDS, 'Destek category (_category.yml)', {}),
	};
}

function describe(schema: z.ZodType, descriptions: Record<string, string>, title: string, overrides: Record<string, object>): Record<string, unknown> {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> } & Record<
		string,
		unknown
	>;
	for (const [name, property] of Object.entries(json.properties)) {
		const replaced: Record<string, unknown> = overrides[name] ? { ...overrides[name] } : property;
		if (descriptions[name]) replaced.description = descriptions[name];
		json.properties[name] = replaced;
	}
	return { ...json, title };
}
