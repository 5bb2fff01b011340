import { AA_TEXT, contrastRatio, hexToRgb, readableTextOn } from './contrast.ts';

/** Lightest background links sit on in the dark theme (tokens.css `--surface`), the hardest case. */
export const DARK_BACKGROUND = '#1c2024';

/**
 * The brand color made readable on the dark theme: mixed with white in small steps until links
 * reach WCAG AA on the dark background, so a dark brand green does not vanish at night.
 */
export function accentForDarkTheme(accent: string, background = DARK_BACKGROUND): string {
	const [r, g, b] = hexToRgb(accent);
	for (let white = 0; white <= 1; white += 0.05) {
		const mix = (c: number) => Math.round(c + (255 - c) * white);
		const candidate = `#${[mix(r), mix(g), mix(b)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
		if (contrastRatio(candidate, background) >= AA_TEXT) return candidate;
	}
	return '#ffffff';
}

/**
 * CSS custom properties for the brand on `<html>`: the color in light and dark, text on accent
 * backgrounds, and the font families when the store has its own (the schema allows only names
 * without quotes or semicolons).
 */
export function themeStyle(accent: string, fontFamilies: string[] = []): string {
	const font = fontFamilies.length > 0 ? ` --font-brand: ${fontFamilies.map((family) => `'${family}'`).join(', ')};` : '';
	return `--accent: ${accent}; --accent-on-dark: ${accentForDarkTheme(accent)}; --on-accent: ${readableTextOn(accent)};${font}`;
}
