import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from '../utils/contrast.ts';
import { CHART_COLOURS, HTML_STYLES, TEXT_COLOURS, THEMES } from './html-styles.ts';

describe('HTML report colours', () => {
	it.each(Object.entries(THEMES))('reach WCAG AA in the %s theme: 4.5:1 for text, 3:1 for chart colours', (_, theme) => {
		for (const colour of TEXT_COLOURS) {
			expect(contrastRatio(theme[colour], theme.bg), colour).toBeGreaterThanOrEqual(AA_TEXT);
			expect(contrastRatio(theme[colour], theme.stripe), `${colour} on stripe`).toBeGreaterThanOrEqual(AA_TEXT);
		}
		for (const colour of CHART_COLOURS) expect(contrastRatio(theme[colour], theme.bg), colour).toBeGreaterThanOrEqual(3);
	});

	it('switch with the system theme', () => {
		expect(HTML_STYLES).toContain(`--no-click: ${THEMES.light.noClick};`);
		expect(HTML_STYLES).toMatch(new RegExp(`@media \\(prefers-color-scheme: dark\\) \\{ :root \\{[^}]*--no-click: ${THEMES.dark.noClick};`));
	});
});
