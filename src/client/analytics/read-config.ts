import { CLIENT_CONFIG_ELEMENT_ID, type ClientAnalyticsConfig } from '../../analytics/client-config.ts';

/** The page's analytics settings (written at build time into a JSON script element); off when unreadable. */
export function readConfig(): ClientAnalyticsConfig {
	const fallback: ClientAnalyticsConfig = { enabled: false, endpoint: false, settleMs: 1500, consent: 'granted', adapters: [] };
	try {
		const text = document.getElementById(CLIENT_CONFIG_ELEMENT_ID)?.textContent;
		return text ? { ...fallback, ...(JSON.parse(text) as Partial<ClientAnalyticsConfig>) } : fallback;
	} catch {
		return fallback;
	}
}
