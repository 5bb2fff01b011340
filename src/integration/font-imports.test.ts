import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DestekConfigSchema } from '../schemas/config.ts';
import { parseWithFriendlyErrors } from '../utils/friendly-errors.ts';
import { themeStyle } from '../utils/accent.ts';
import { fontImports } from './virtual-modules.ts';

const root = join(import.meta.dirname, '../..');
const minimal = { title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } } };

describe('the brand font', () => {
	it('bundles an installed npm package’s CSS and a file from the project', () => {
		const code = fontImports(root, ['@fontsource-variable/figtree', './src/styles/tokens.css']);
		expect(code).toContain('@fontsource-variable/figtree/index.css');
		expect(code).toContain(join(root, 'src/styles/tokens.css'));
	});

	it('names the missing package and the command that installs it', () => {
		expect(() => fontImports(root, ['@fontsource/not-installed-here/latin.css'])).toThrow('brand.font.css: cannot find "@fontsource/not-installed-here/latin.css" in this project. Install it with `npm install @fontsource/not-installed-here`');
	});

	it('accepts only family names that cannot break out of the style attribute', () => {
		const parse = (families: string[]) => parseWithFriendlyErrors(DestekConfigSchema, { ...minimal, brand: { font: { css: ['@fontsource-variable/figtree'], families } } }, 'Invalid destek() options:');
		expect(() => parse(["Inter'; color: red"])).toThrow(/brand\.font\.families\.0.*family name/s);
		expect(themeStyle('#0b6e4f', parse(['Figtree Variable', 'Cairo Variable']).brand.font!.families)).toContain("--font-brand: 'Figtree Variable', 'Cairo Variable';");
		expect(themeStyle('#0b6e4f')).not.toContain('--font-brand');
	});
});
