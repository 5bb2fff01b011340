import { z } from 'astro/zod';
import { LocalizedTextSchema } from './locales.ts';

const hexColor = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
	message: 'use a hex color such as "#0b6e4f"',
});

const fontFamily = z.string().regex(/^[\w -]+$/, {
	message: 'use the family name the package declares (letters, digits, spaces, dashes), e.g. "Figtree Variable"',
});

const LinkSchema = z.strictObject({
	/** @example { tr: 'Mesafeli satış sözleşmesi', en: 'Distance sales agreement' } */
	label: LocalizedTextSchema,
	/** @example 'https://cinarmarket.example/sozlesme' */
	href: z.url({ message: 'use a full https:// address' }),
});

export const BrandSchema = z.strictObject({
	/**
	 * Logo shown in the header, a file inside `public/`. SVG scales best.
	 * @example { src: '/logo.svg', alt: 'Çınar Market' }
	 */
	logo: z
		.strictObject({
			src: z.string().startsWith('/', { message: 'use a path inside public/ starting with "/", e.g. "/logo.svg"' }),
			/** Text alternative; leave empty when the site title is shown next to the logo. */
			alt: z.string().default(''),
			/** Hide the site title next to the logo (when the logo already contains the name). */
			replacesTitle: z.boolean().default(false),
		})
		.optional(),
	/**
	 * Picture shown when a page is shared (OpenGraph and Twitter cards), a PNG or JPEG inside
	 * `public/`, ideally 1200×630. Needs `site` in astro.config.mjs for absolute URLs.
	 * @example '/social.png'
	 */
	socialImage: z.string().startsWith('/', { message: 'use a path inside public/ starting with "/", e.g. "/social.png"' }).optional(),
	/**
	 * Draw a picture for each article instead (1200×630 PNG: its title, category and the help
	 * center's name on the accent color, right to left where the language is). About 15 ms per article
	 * on the first build; kept in `node_modules/.cache/destek/cards/` and drawn again only when the
	 * title, category, name or color changes.
	 */
	articleCards: z.boolean().default(false),
	/**
	 * Favicon, a path inside `public/`.
	 * @example '/favicon.svg'
	 */
	favicon: z.string().startsWith('/', { message: 'use a path inside public/ starting with "/", e.g. "/favicon.svg"' }).default('/favicon.svg'),
	/**
	 * Brand color for links, buttons and focus rings. The build warns when it is too light for
	 * text on white (WCAG AA asks for 4.5:1).
	 * @example '#0b6e4f'
	 */
	accentColor: hexColor.default('#0b6e4f'),
	/**
	 * The help center's typeface, self-hosted from npm, never from a font CDN: the CSS files to
	 * bundle (npm packages such as Fontsource's, installed with `npm install`, or paths from the
	 * project root) and the family names they declare, in order of preference. Letters a family
	 * lacks (Arabic in Figtree) come from the next family, then from the system font.
	 * @example { css: ['@fontsource-variable/figtree', '@fontsource-variable/noto-sans-arabic'], families: ['Figtree Variable', 'Cairo Variable'] }
	 */
	font: z
		.strictObject({
			css: z.array(z.string().min(1)).min(1, { message: 'name at least one CSS file, e.g. "@fontsource-variable/figtree"' }),
			families: z.array(fontFamily).min(1, { message: 'name at least one family, e.g. "Figtree Variable"' }),
			/**
			 * Font files to fetch with the page (`<link rel="preload">`), per locale or `'*'` for
			 * every page: the ones its text needs first. They then arrive before the first paint, so
			 * text does not jump when the font comes in (layout shift).
			 * @example { '*': ['@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2'], ar: ['@fontsource-variable/cairo/files/cairo-arabic-wght-normal.woff2'] }
			 */
			preload: z.record(z.string(), z.array(z.string().min(1))).default({}),
		})
		.optional(),
	/**
	 * Link back to the shop, shown in the header and footer.
	 * @example { label: 'cinarmarket.example', href: 'https://cinarmarket.example' }
	 */
	shop: LinkSchema.optional(),
	/** Legal pages linked in the footer (terms, privacy notice, distance sales agreement…). */
	legalLinks: z.array(LinkSchema).default([]),
	/**
	 * Extra CSS files, paths from the project root, loaded after the built-in styles.
	 * @example ['./src/styles/custom.css']
	 */
	customCss: z.array(z.string().min(1)).default([]),
});

export type BrandConfig = z.output<typeof BrandSchema>;
export type BrandLink = z.output<typeof LinkSchema>;
