import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.ts';

describe('localDate', () => {
	it('writes the local calendar day as YYYY-MM-DD with zero padding', () => {
		expect(localDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
		expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});
});
