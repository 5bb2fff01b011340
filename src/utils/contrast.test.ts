import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from './contrast.ts';
import { accentForDarkTheme, DARK_BACKGROUND } from './accent.ts';

describe('color contrast', () => {
	it('matches the WCAG extremes', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
		expect(contrastRatio('#fff', '#fff')).toBe(1);
	});

	it('chooses readable text for a button color', () => {
		expect(readableTextOn('#0b6e4f')).toBe('#ffffff');
		expect(readableTextOn('#ffd400')).toBe('#111318');
	});

	it('lightens a dark brand color until links pass AA on the dark theme', () => {
		const dark = accentForDarkTheme('#0b3d2e');
		expect(contrastRatio(dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(accentForDarkTheme('#9be7c4')).toBe('#9be7c4');
	});
});
