import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { warnAboutAccentContrast } from './accent-contrast.ts';

function recordingLogger() {
	const warnings: string[] = [];
	return { warnings, logger: { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger };
}

describe('accent color check', () => {
	it('warns when the brand color is too light for link text on white', () => {
		const { warnings, logger } = recordingLogger();
		warnAboutAccentContrast('#7fd3a1', logger);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/brand\.accentColor "#7fd3a1" has a contrast of 1\.\d\d:1 on white; WCAG AA needs 4\.5:1/);
	});

	it('stays quiet for a readable brand color', () => {
		const { warnings, logger } = recordingLogger();
		warnAboutAccentContrast('#0b6e4f', logger);
		expect(warnings).toEqual([]);
	});
});
