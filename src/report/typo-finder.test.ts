import { describe, expect, it } from 'vitest';
import { correctWord, oneEditApart } from './typo-finder.ts';

const KNOWN = new Map([
	['kargom', 3],
	['nerede', 9],
	['order', 5],
	['where', 12],
	['kargo', 20],
	['iade', 8],
]);

describe('typo finder', () => {
	it('finds the known word one letter away: swapped, missing, extra or different', () => {
		expect(correctWord(KNOWN, 'kragom')).toBe('kargom');
		expect(correctWord(KNOWN, 'nerde')).toBe('nerede');
		expect(correctWord(KNOWN, 'oder')).toBe('order');
		expect(correctWord(KNOWN, 'wherre')).toBe('where');
		expect(correctWord(KNOWN, 'iadr')).toBe('iade');
	});

	it('leaves short words, known words and words two letters away alone', () => {
		expect(correctWord(KNOWN, 'kar')).toBeUndefined();
		expect(correctWord(KNOWN, 'kargo')).toBeUndefined();
		expect(correctWord(KNOWN, 'krgoam')).toBeUndefined();
		expect(correctWord(KNOWN, 'sigorta')).toBeUndefined();
	});

	it('tells one edit from none and from two', () => {
		expect(oneEditApart('abcd', 'abdc')).toBe(true);
		expect(oneEditApart('abcd', 'abcd')).toBe(false);
		expect(oneEditApart('abcd', 'badc')).toBe(false);
		expect(oneEditApart('abcd', 'abcde')).toBe(true);
		expect(oneEditApart('abcd', 'xbcd')).toBe(true);
	});
});
