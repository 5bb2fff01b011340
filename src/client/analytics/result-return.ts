import { RETURN_WINDOW_MS, type SearchClickDetail, type SearchReturnDetail } from '../../analytics/events.ts';
import { cleanSearchTexts } from '../../analytics/scrub.ts';
import { OPENED_RESULT_KEY } from './opened-result-key.ts';

export { OPENED_RESULT_KEY };

/**
 * A result opened in the same tab is remembered in sessionStorage (this tab only, gone when it
 * closes, never sent): coming back to the search within `RETURN_WINDOW_MS`, by Back or by typing
 * another search on the opened page, makes a `search-return`, the way help desks count bounces.
 * The key (opened-result-key.ts) is looked for by destek-search.ts on every page show.
 */

interface OpenedResult {
	click: SearchClickDetail;
	openedAt: number;
}

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function rememberOpened(click: SearchClickDetail, storage: SessionStore | undefined = session(), now = Date.now()): void {
	try {
		// Scrubbed here too: the store's own scripts can read this tab's storage.
		storage?.setItem(OPENED_RESULT_KEY, JSON.stringify({ click: cleanSearchTexts(click), openedAt: now } satisfies OpenedResult));
	} catch {
		// Storage full or blocked: the return is not counted, nothing else changes.
	}
}

/**
 * The return this page show or search stands for, if any. `how` says what happened: `back`, a page
 * shown by Back (or Forward); `page`, a page reached any other way (a link, the address bar), which
 * ends the visit to the result without counting against it; `search`, a search typed on the opened
 * result itself. Only Back to the page of the search, or a search on the result, within
 * `RETURN_WINDOW_MS` is a return: a customer who reads and then follows the logo home is not one.
 */
export function takeReturn(
	how: 'back' | 'page' | 'search',
	path: string,
	storage: SessionStore | undefined = session(),
	now = Date.now(),
): SearchReturnDetail | undefined {
	const opened = read(storage);
	if (!opened) return undefined;
	const onResult = path === pathOf(opened.click.target);
	// Reading the opened result (its page shown, or reloaded): the visit goes on.
	if (how !== 'search' && onResult) return undefined;
	try {
		storage?.removeItem(OPENED_RESULT_KEY);
	} catch {
		// Blocked storage: at worst the same return is looked at again on the next page.
	}
	const elapsed = now - opened.openedAt;
	const back = how === 'search' ? onResult : how === 'back' && path === opened.click.path;
	if (!back || elapsed < 0 || elapsed > RETURN_WINDOW_MS) return undefined;
	const { type: _click, ts: _ts, path: _from, ...fields } = opened.click;
	return { ...fields, type: 'search-return', path, seconds: Math.floor(elapsed / 1000), ts: now };
}

function pathOf(target: string): string | undefined {
	try {
		return new URL(target, 'http://x').pathname;
	} catch {
		return undefined;
	}
}

function read(storage: SessionStore | undefined): OpenedResult | undefined {
	try {
		const text = storage?.getItem(OPENED_RESULT_KEY);
		const value = text ? (JSON.parse(text) as Partial<OpenedResult>) : undefined;
		return value?.click && typeof value.openedAt === 'number' ? (value as OpenedResult) : undefined;
	} catch {
		return undefined;
	}
}

function session(): SessionStore | undefined {
	try {
		return sessionStorage;
	} catch {
		return undefined; // blocked by the browser's privacy settings
	}
}
