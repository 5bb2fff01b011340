/** WCAG 2.2 contrast ratio between two hex colors (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
	const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

/** Relative luminance as defined by WCAG for an sRGB hex color (`#abc` or `#aabbcc`). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = hexToRgb(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function hexToRgb(hex: string): [number, number, number] {
	let digits = hex.replace('#', '');
	if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
	const value = Number.parseInt(digits, 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Text color (near-black or white) that reads best on `background`. */
export function readableTextOn(background: string): '#ffffff' | '#111318' {
	return contrastRatio('#ffffff', background) >= contrastRatio('#111318', background) ? '#ffffff' : '#111318';
}

/** WCAG AA minimum for normal-size text. */
export const AA_TEXT = 4.5;
