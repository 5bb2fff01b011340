/**
 * A site deployed to a static host (Netlify, S3, GitHub Pages) without a collector answers the
 * endpoint with 404 or 405: nothing will ever be stored, so the tab stops sending for the rest of
 * its session and says once, in the console, which setting to change. Remembered in
 * sessionStorage (this tab only) so the next pages do not ask again; where storage is blocked,
 * each page finds out with one request of its own.
 */
const MISSING_COLLECTOR_KEY = 'destek:missing-collector';

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The statuses a host without a collector answers a POST with: not found, method not allowed. */
export function meansNoCollector(status: number): boolean {
	return status === 404 || status === 405;
}

/** Whether this tab already found no collector at `endpoint`. */
export function knownMissing(endpoint: string, storage: SessionStore | undefined = session()): boolean {
	try {
		return storage?.getItem(MISSING_COLLECTOR_KEY) === endpoint;
	} catch {
		return false;
	}
}

/** Remembers the missing collector for the tab and tells the site's owner what to change. */
export function reportMissing(endpoint: string, status: number, storage: SessionStore | undefined = session()): void {
	try {
		storage?.setItem(MISSING_COLLECTOR_KEY, endpoint);
	} catch {
		// Storage full or blocked: the queue still stops for this page.
	}
	console.warn(
		`Destek: no search-event collector answers at ${endpoint} (HTTP ${status}), so searches are not recorded and no more will be sent in this visit. ` +
			'Point analytics.endpoint in astro.config.mjs at a collector (see docs/deploy.md), or set analytics.enabled: false.',
	);
}

function session(): SessionStore | undefined {
	try {
		return sessionStorage;
	} catch {
		return undefined; // blocked by the browser's privacy settings
	}
}
