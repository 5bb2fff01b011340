import { AA_TEXT, contrastRatio, hexToRgb, readableTextOn } from './contrast.ts';

/** Lightest background links sit on in the dark theme (tokens.css `--surface`), the hardest case. */
export const DARK_BACKGROUND = '#1c2027';

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

/** CSS custom properties for the brand color on `<html>`: light, dark and text on accent backgrounds. */
export function themeStyle(accent: string): string {
	return `--accent: ${accent}; --accent-on-dark: ${accentForDarkTheme(accent)}; --on-accent: ${readableTextOn(accent)};`;
}
