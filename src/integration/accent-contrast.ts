import type { AstroIntegrationLogger } from 'astro';
import { AA_TEXT, contrastRatio } from '../utils/contrast.ts';

/** The accent colors links and buttons on white; warn (not fail) when that is hard to read. */
export function warnAboutAccentContrast(accent: string, logger: AstroIntegrationLogger): void {
	const ratio = contrastRatio(accent, '#ffffff');
	if (ratio < AA_TEXT) {
		logger.warn(
			`brand.accentColor "${accent}" has a contrast of ${ratio.toFixed(2)}:1 on white; WCAG AA needs ${AA_TEXT}:1 for link text. Pick a darker shade so every customer can read links.`,
		);
	}
}
