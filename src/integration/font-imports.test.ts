import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DestekConfigSchema } from '../schemas/config.ts';
import { parseWithFriendlyErrors } from '../utils/friendly-errors.ts';
import { themeStyle } from '../utils/accent.ts';
import { fontImports, fontPreloads } from './virtual-modules.ts';

const root = join(import.meta.dirname, '../..');
const minimal = { title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } } };

describe('the brand font', () => {
	it('bundles an installed npm package’s CSS and a file from the project', () => {
		const code = fontImports(root, ['@fontsource-variable/figtree', './src/styles/tokens.css']);
		expect(code).toContain('@fontsource-variable/figtree/index.css');
		expect(code).toContain(join(root, 'src/styles/tokens.css'));
	});

	it('names the missing package and the command that installs it', () => {
		expect(() => fontImports(root, ['@fontsource/not-installed-here/latin.css'])).toThrow(
			'brand.font.css: cannot find "@fontsource/not-installed-here/latin.css" in this project. Install it with `npm install @fontsource/not-installed-here`',
		);
	});

	it('preloads font files per locale, as URLs Vite writes, and names a locale that does not exist', () => {
		const code = fontPreloads(
			root,
			{ '*': ['@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2'], ar: ['@fontsource-variable/cairo/files/cairo-arabic-wght-normal.woff2'] },
			['tr', 'ar'],
		);
		expect(code).toContain('figtree-latin-wght-normal.woff2?url";');
		expect(code).toMatch(/export default \{ "\*": \[font0\], "ar": \[font1\] \};$/);
		expect(() => fontPreloads(root, { fr: [] }, ['tr', 'ar'])).toThrow(
			`brand.font.preload: "fr" is not one of the locales (tr, ar); use a locale code, or '*' for every page.`,
		);
		expect(() => fontPreloads(root, { '*': ['@fontsource-variable/figtree/files/nope.woff2'] }, ['tr'])).toThrow(/brand\.font\.preload: cannot find/);
	});

	it('accepts only family names that cannot break out of the style attribute', () => {
		const parse = (families: string[]) =>
			parseWithFriendlyErrors(
				DestekConfigSchema,
				{ ...minimal, brand: { font: { css: ['@fontsource-variable/figtree'], families } } },
				'Invalid destek() options:',
			);
		expect(() => parse(["Inter'; color: red"])).toThrow(/brand\.font\.families\.0.*family name/s);
		expect(themeStyle('#0b6e4f', parse(['Figtree Variable', 'Cairo Variable']).brand.font!.families)).toContain(
			"--font-brand: 'Figtree Variable', 'Cairo Variable';",
		);
		expect(themeStyle('#0b6e4f')).not.toContain('--font-brand');
	});
});
