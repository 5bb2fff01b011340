interface ConsentGlobals {
	destek?: { analytics?: { setConsent(granted: boolean): void } };
	/** For consent banners that run before Destek's script: set it instead of calling setConsent. */
	destekAnalyticsConsent?: boolean;
}

/**
 * Whether events may leave the page. Global Privacy Control and Do Not Track always win; then the
 * store's consent banner (`window.destek.analytics.setConsent(true|false)`); then the configured
 * `consent` (`pending` sends nothing until the banner says yes).
 */
export function createConsent(initial: 'granted' | 'pending') {
	let decided: boolean | undefined;
	const globals = window as unknown as ConsentGlobals;
	globals.destek = { ...globals.destek, analytics: { setConsent: (granted: boolean) => void (decided = granted === true) } };
	return function sendingAllowed(): boolean {
		const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
		if (nav.globalPrivacyControl === true || nav.doNotTrack === '1') return false;
		return decided ?? globals.destekAnalyticsConsent ?? initial === 'granted';
	};
}
