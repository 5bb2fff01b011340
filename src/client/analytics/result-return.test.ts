import { describe, expect, it } from 'vitest';
import { RETURN_WINDOW_MS, type SearchClickDetail, type SearchReturnDetail } from '../../analytics/events.ts';
import { OPENED_RESULT_KEY, rememberOpened, takeReturn } from './result-return.ts';

/** sessionStorage as the browser keeps it for one tab. */
function tabStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
	};
}

const now = Date.parse('2026-11-20T10:00:00Z');
const RESULT = '/tr/iade/iade-sureci/';
const click: SearchClickDetail = {
	type: 'search-click',
	locale: 'tr',
	path: '/tr/',
	ts: now,
	query: 'iade kargo ücreti',
	resultCount: 4,
	strength: 'partial',
	unmatched: ['ücreti'],
	firstResult: RESULT,
	position: 1,
	target: `${RESULT}#adim-1`,
};

/** The click made into the return it stands for. */
function returnOf(path: string, seconds: number, ts: number): SearchReturnDetail {
	const { type: _click, ...fields } = click;
	return { ...fields, type: 'search-return', path, seconds, ts };
}

function opened() {
	const storage = tabStorage();
	rememberOpened(click, storage, now);
	return storage;
}

describe('a result left for the search again', () => {
	it('is not counted while the opened result is shown, or shown again, and stays remembered', () => {
		const storage = opened();
		expect(takeReturn('page', RESULT, storage, now + 1_000)).toBeUndefined();
		expect(takeReturn('page', RESULT, storage, now + 2_000)).toBeUndefined(); // reloaded
		expect(storage.items.has(OPENED_RESULT_KEY)).toBe(true);
	});

	it('is a search-return from the results page, in whole seconds, with what was clicked, counted once', () => {
		const storage = opened();
		takeReturn('page', RESULT, storage, now + 1_000);
		expect(takeReturn('back', '/tr/', storage, now + 4_600)).toEqual(returnOf('/tr/', 4, now + 4_600));
		expect(storage.items.has(OPENED_RESULT_KEY)).toBe(false);
		expect(takeReturn('back', '/tr/', storage, now + 5_000)).toBeUndefined();
	});

	it('counts up to the end of the return window and not a millisecond later, forgetting the result either way', () => {
		const inTime = opened();
		expect(takeReturn('back', '/tr/', inTime, now + RETURN_WINDOW_MS)?.seconds).toBe(RETURN_WINDOW_MS / 1000);
		const late = opened();
		expect(takeReturn('back', '/tr/', late, now + RETURN_WINDOW_MS + 1)).toBeUndefined();
		expect(late.items.has(OPENED_RESULT_KEY)).toBe(false);
	});

	it('is not counted once the customer moved on to another page, even when coming back to the results later', () => {
		const storage = opened();
		expect(takeReturn('page', '/tr/kargo/kargom-gelmedi/', storage, now + 3_000)).toBeUndefined();
		expect(storage.items.has(OPENED_RESULT_KEY)).toBe(false);
		expect(takeReturn('back', '/tr/', storage, now + 5_000)).toBeUndefined();
	});

	it('is not counted when the customer read and then followed a link to the page of the search, however soon', () => {
		const storage = opened();
		expect(takeReturn('page', '/tr/', storage, now + 3_000)).toBeUndefined();
		expect(storage.items.has(OPENED_RESULT_KEY)).toBe(false);
	});

	it('is a search-return from the opened result when another search is typed on it', () => {
		const storage = opened();
		expect(takeReturn('search', RESULT, storage, now + 3_000)).toEqual(returnOf(RESULT, 3, now + 3_000));
		expect(storage.items.has(OPENED_RESULT_KEY)).toBe(false);
	});

	it('is not counted when the clock went backwards since the click', () => {
		expect(takeReturn('back', '/tr/', opened(), now - 1_000)).toBeUndefined();
	});

	it('never throws when storage is blocked or full, and is then simply not counted', () => {
		const blocked = {
			getItem: (): string | null => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		expect(() => rememberOpened(click, blocked, now)).not.toThrow();
		expect(takeReturn('back', '/tr/', blocked, now + 3_000)).toBeUndefined();
		expect(takeReturn('search', RESULT, undefined, now + 3_000)).toBeUndefined();
	});

	it.each([
		['cut JSON', '{"click":'],
		['null', 'null'],
		['a number', '42'],
		['a string', '"iade"'],
		['a click without its time', JSON.stringify({ click, openedAt: 'dün' })],
	])('reads a damaged remembered value as no opened result: %s', (_, value) => {
		const storage = tabStorage();
		storage.items.set(OPENED_RESULT_KEY, value);
		expect(takeReturn('back', '/tr/', storage, now + 3_000)).toBeUndefined();
	});
});
