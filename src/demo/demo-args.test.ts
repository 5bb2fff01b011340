import { describe, expect, it } from 'vitest';
import { UsageError } from '../utils/cli-kit.ts';
import { parseDemoArgs } from './demo-args.ts';

const failure = (...argv: string[]) => {
	try {
		parseDemoArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) return error.message;
		throw error;
	}
	throw new Error(`accepted ${argv.join(' ')}`);
};

describe('demo:events flags', () => {
	it('defaults to 30 days of seed 1 in the database npm start uses', () => {
		expect(parseDemoArgs([])).toEqual({ days: 30, seed: 1, db: null, remove: false });
	});

	it('reads every flag, with a space or an equals sign', () => {
		expect(parseDemoArgs(['--days', '14', '--seed=7', '--db', 'x.sqlite'])).toEqual({ days: 14, seed: 7, db: 'x.sqlite', remove: false });
		expect(parseDemoArgs(['--remove', '--db=x.sqlite'])).toMatchObject({ remove: true, db: 'x.sqlite' });
	});

	it('names the flag and what it accepts when a value is wrong or missing', () => {
		expect(failure('--days', '0')).toBe('--days must be a whole number from 1 to 365 (got "0")');
		expect(failure('--days', '2w')).toBe('--days must be a whole number from 1 to 365 (got "2w")');
		expect(failure('--seed', '-3')).toBe('--seed needs a value, e.g. --seed 7');
		expect(failure('--db')).toBe('--db needs a value, e.g. --db data/analytics.sqlite');
		expect(failure('--days', '--remove')).toBe('--days needs a value, e.g. --days 30');
	});

	it('refuses unknown flags, stray words, values on switches and making options with --remove', () => {
		expect(failure('--day', '3')).toBe('unknown flag --day (allowed: --days, --seed, --db, --remove, --help)');
		expect(failure('remove')).toMatch(/^unexpected argument "remove"/);
		expect(failure('--remove=yes')).toBe('--remove takes no value');
		expect(failure('--remove', '--seed', '2')).toBe('--remove deletes every demo row; --seed applies only when making them');
	});
});
