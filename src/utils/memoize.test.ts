import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.ts';

describe('memoize', () => {
	it('computes once per distinct arguments, arguments never running together', () => {
		let calls = 0;
		const join = memoize((a: string, b: string) => (calls++, `${a}|${b}`));
		expect([join('a', 'b'), join('a', 'b'), join('ab', ''), join('a', 'b')]).toEqual(['a|b', 'a|b', 'ab|', 'a|b']);
		expect(calls).toBe(2);
	});
});
