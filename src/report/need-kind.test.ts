import { describe, expect, it } from 'vitest';
import { isGap, kindOf } from './need-kind.ts';

const counts = (values: Partial<Parameters<typeof kindOf>[0]>) => {
	const base = { unanswered: 0, partial: 0, returned: 0, noClick: 0, satisfied: 0, ...values };
	return { ...base, count: base.unanswered + base.partial + base.returned + base.noClick };
};

describe('need kind', () => {
	it('is what went wrong most often', () => {
		expect(kindOf(counts({ unanswered: 1, noClick: 3 }))).toBe('no-click');
		expect(kindOf(counts({ partial: 2, returned: 3 }))).toBe('returned');
	});

	it('breaks ties by severity: unanswered, partial, came back, no click', () => {
		expect(kindOf(counts({ unanswered: 2, partial: 2, returned: 2, noClick: 2 }))).toBe('unanswered');
		expect(kindOf(counts({ partial: 1, returned: 1, noClick: 1 }))).toBe('partial');
		expect(kindOf(counts({ returned: 1, noClick: 1 }))).toBe('returned');
	});
});

describe('which needs are gaps', () => {
	it('leaves out a covered need whose answer customers open and read', () => {
		expect(isGap(counts({ satisfied: 5 }), 1)).toBe(false);
		expect(isGap(counts({ noClick: 1, satisfied: 20 }), 1)).toBe(false);
		expect(isGap(counts({ noClick: 3, satisfied: 3 }), 1)).toBe(false);
	});

	it('keeps a need that failed more often than it was answered, from the minimum count on', () => {
		expect(isGap(counts({ noClick: 4, satisfied: 3 }), 2)).toBe(true);
		expect(isGap(counts({ unanswered: 1 }), 2)).toBe(false);
		expect(isGap(counts({ unanswered: 1 }), 1)).toBe(true);
	});
});
