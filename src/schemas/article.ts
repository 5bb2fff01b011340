import { z } from 'astro/zod';

export const DESCRIPTION_MAX = 160;

/** An article id is its path inside a locale folder: `<category>/<slug>`. */
export const ArticleIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, {
	message: 'use an article id "<category>/<slug>", e.g. "iade/iade-sureci"',
});

/** YAML turns `2026-10-14` into a Date; a quoted string is accepted too. */
const dateSchema = z.union([z.date(), z.string()], { message: 'write the date as YYYY-MM-DD, e.g. 2026-10-14' }).transform((value, ctx) => {
	const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
	const real = date instanceof Date && !Number.isNaN(date.getTime()) && (typeof value !== 'string' || date.toISOString().startsWith(value));
	if (!real) {
		ctx.addIssue({
			code: 'custom',
			message:
				typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
					? `${value} is not a real calendar date; write it as YYYY-MM-DD`
					: 'write the date as YYYY-MM-DD, e.g. 2026-10-14',
		});
		return z.NEVER;
	}
	return date;
});

/** Frontmatter of an article (`content/<locale>/<category>/<slug>.md`). */
export const ArticleFrontmatterSchema = z.strictObject({
	/** The page heading and `<title>`. @example 'Siparişimi nasıl takip ederim?' */
	title: z.string({ message: 'add a title, e.g. `title: Siparişimi nasıl takip ederim?`' }).trim().min(1, { message: 'the title is empty' }),
	/** Meta description and the summary in lists, at most 160 characters. */
	description: z
		.string({ message: 'add a one-sentence description (at most 160 characters)' })
		.trim()
		.min(1, { message: 'the description is empty' })
		.max(DESCRIPTION_MAX, { message: `shorten the description to ${DESCRIPTION_MAX} characters or fewer` }),
	/** When the content was last checked. @example 2026-10-14 */
	updated: dateSchema,
	/** Short topic words. @example ['kargo', 'takip'] */
	tags: z.array(z.string().min(1)).default([]),
	/** Position inside the category; lower comes first, then by title. */
	order: z.number({ message: 'order must be a number, e.g. `order: 2`' }).int().default(Number.MAX_SAFE_INTEGER),
	/** Drafts are built only by `npm run dev`, never published. */
	draft: z.boolean().default(false),
	/** Words customers search with that are not in the text (search synonyms). @example ['kargom nerede'] */
	keywords: z.array(z.string().min(1)).default([]),
	/** Ids of related articles, shown after the content. @example ['kargo/kargom-gelmedi'] */
	related: z.array(ArticleIdSchema).default([]),
	/**
	 * In a translation: the source article's fingerprint when it was translated (written by
	 * `npm run new -- --translate-from` and `npm run translations -- --mark`). A different one now
	 * means the source changed: the translation is outdated. @example '3f2a9c01b4de'
	 */
	sourceHash: z
		.string()
		.regex(/^[0-9a-f]{12}$/, { message: 'sourceHash is written by `npm run translations -- --mark <file>`; run it instead of editing the value' })
		.optional(),
});

export type ArticleFrontmatter = z.output<typeof ArticleFrontmatterSchema>;
