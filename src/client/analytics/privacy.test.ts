import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from './privacy.ts';

afterEach(() => vi.unstubAllGlobals());

function browser(navigator: Record<string, unknown> = {}, window: Record<string, unknown> = {}) {
	vi.stubGlobal('navigator', navigator);
	vi.stubGlobal('window', window);
	return window as { destek?: { analytics?: { setConsent(granted: boolean): void } } };
}

describe('whether events may leave the page', () => {
	it('allows sending by default', () => {
		browser();
		expect(createConsent('granted')()).toBe(true);
	});

	it('never sends under Global Privacy Control or Do Not Track', () => {
		browser({ globalPrivacyControl: true });
		expect(createConsent('granted')()).toBe(false);
		browser({ doNotTrack: '1' });
		expect(createConsent('granted')()).toBe(false);
	});

	it('waits for the consent banner when consent is pending, and follows it both ways', () => {
		const window = browser();
		const allowed = createConsent('pending');
		expect(allowed()).toBe(false);
		window.destek!.analytics!.setConsent(true);
		expect(allowed()).toBe(true);
		window.destek!.analytics!.setConsent(false);
		expect(allowed()).toBe(false);
	});

	it('takes a decision a banner stored before the script ran', () => {
		browser({}, { destekAnalyticsConsent: true });
		expect(createConsent('pending')()).toBe(true);
	});
});
