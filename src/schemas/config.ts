import { z } from 'astro/zod';
import { AnalyticsSchema } from './analytics.ts';
import { BrandSchema } from './brand.ts';
import { ContactSchema } from './contact.ts';
import { LocalesSchema, LocalizedTextSchema } from './locales.ts';

const articleId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
	message: 'use an article id "<category>/<slug>", e.g. "iade/iade-sureci"',
});

export const DestekConfigSchema = z
	.strictObject({
		/**
		 * Name of the help center, per locale or one for all.
		 * @example { tr: 'Çınar Market Yardım Merkezi', en: 'Çınar Market Help Center' }
		 */
		title: LocalizedTextSchema,
		/**
		 * Locale whose articles are complete; other locales fall back to it.
		 * @example 'tr'
		 */
		defaultLocale: z.string(),
		/**
		 * Every language of the help center, keyed by the code used in URLs and `content/<code>/`.
		 * @example { tr: { label: 'Türkçe' }, ar: { label: 'العربية', dir: 'rtl' } }
		 */
		locales: LocalesSchema,
		/**
		 * Folder with articles, relative to the project root.
		 * @default 'content'
		 */
		contentDir: z.string().default('content'),
		/**
		 * Folder with UI strings (`<locale>/*.json`), relative to the project root.
		 * @default 'locales'
		 */
		localesDir: z.string().default('locales'),
		/**
		 * Sub-path the help center is served from, passed on to Astro's `base`.
		 * @example '/help/'
		 */
		base: z
			.string()
			.regex(/^\/([\w.-]+\/)*$/, { message: 'start and end with "/", e.g. "/" or "/help/"' })
			.optional(),
		/** How customers reach the store; shown on the home page, after articles and on 404 pages. */
		contact: ContactSchema.default({ hours: {}, timeZone: 'Europe/Istanbul' }),
		/**
		 * Articles promoted on every home page, in this order (ids as `<category>/<slug>`).
		 * @example ['siparis/siparis-takibi', 'iade/iade-sureci']
		 */
		popular: z.array(articleId).default([]),
		/** The store's look and links. */
		brand: BrandSchema.default({ favicon: '/favicon.svg', accentColor: '#0b6e4f', articleCards: false, legalLinks: [], customCss: [] }),
		/**
		 * Articles at least this many words long (and with two or more sections) get a table of contents.
		 * @default 300
		 */
		tocMinWords: z.number().int().nonnegative().default(300),
		/** What the content checks (`npm run check`, `npm run build`) expect of articles. */
		content: z
			.strictObject({
				/**
				 * Articles whose `updated` date is older than this many days are reported (as a
				 * warning): prices, carriers and deadlines change.
				 * @default 365
				 */
				staleAfterDays: z.number().int().positive().default(365),
			})
			.prefault({}),
		/** How articles are turned into pages. */
		markdown: z
			.strictObject({
				/**
				 * Raw HTML in articles. By default a safe set is kept (formatting such as `<kbd>`, `<sup>`,
				 * `<mark>`, `<abbr>`, `<details>`, tables, images) and the rest removed: `<script>`,
				 * `<style>`, `<iframe>`, forms, event handlers (`onclick`), `style` attributes and
				 * `javascript:`/`data:` addresses. `iframeHosts` keeps embeds from those hosts (https
				 * only); `false` removes all raw HTML.
				 * @example { iframeHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'] }
				 */
				allowHtml: z
					.union([
						z.literal(false),
						z.strictObject({ iframeHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/i, { message: 'use a host name such as "player.vimeo.com"' })).default([]) }),
					])
					.default({ iframeHosts: [] }),
			})
			.prefault({}),
		/**
		 * Recording of searches and feedback, without personal data (see docs/analytics.md).
		 * @example { adapters: ['plausible'], retentionDays: 90 }
		 */
		analytics: AnalyticsSchema.prefault({}),
	})
	.superRefine((config, ctx) => {
		const codes = Object.keys(config.locales);
		if (!codes.includes(config.defaultLocale)) {
			ctx.addIssue({
				code: 'custom',
				path: ['defaultLocale'],
				message: `"${config.defaultLocale}" is not one of the configured locales (${codes.join(', ')})`,
			});
		}
		if (typeof config.title === 'object' && !(config.defaultLocale in config.title)) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: `give a title for the default locale "${config.defaultLocale}"`,
			});
		}
	});

export type DestekUserConfig = z.input<typeof DestekConfigSchema>;
export type DestekConfig = z.output<typeof DestekConfigSchema>;
