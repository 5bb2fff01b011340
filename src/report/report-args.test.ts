import { describe, expect, it } from 'vitest';
import { UsageError } from '../utils/cli-kit.ts';
import { parseReportArgs } from './report-args.ts';

const NOW = Date.parse('2026-05-31T12:00:00Z');
const DAY = 86_400_000;
const parse = (...argv: string[]) => parseReportArgs(argv, NOW);
const failure = (...argv: string[]) => {
	try {
		parse(...argv);
	} catch (error) {
		if (error instanceof UsageError) return error.message;
		throw error;
	}
	throw new Error(`accepted ${argv.join(' ')}`);
};

describe('report flags', () => {
	it('defaults to the last 30 days, every locale, a minimum count chosen from the searches, Markdown on stdout', () => {
		expect(parse()).toEqual({ since: NOW - 30 * DAY, locale: null, minCount: null, format: 'md', out: null, db: null, content: null, root: null });
	});

	it('reads every flag, with a space or an equals sign', () => {
		expect(
			parse('--since', '2w', '--locale=tr', '--min-count', '5', '--format', 'json', '--out', 'gaps.json', '--db=x.sqlite', '--content', 'docs', '--root', '..'),
		).toEqual({
			since: NOW - 14 * DAY,
			locale: 'tr',
			minCount: 5,
			format: 'json',
			out: 'gaps.json',
			db: 'x.sqlite',
			content: 'docs',
			root: '..',
		});
	});

	it('takes the format from the --out extension unless --format says otherwise', () => {
		expect(parse('--out', 'report.html').format).toBe('html');
		expect(parse('--out', 'gaps.CSV').format).toBe('csv');
		expect(parse('--out', 'report.txt').format).toBe('md');
		expect(parse('--out', 'report.html', '--format', 'md').format).toBe('md');
	});

	it('names the flag and what it accepts when a value is wrong', () => {
		expect(failure('--format', 'pdf')).toBe('--format must be one of md, csv, json, html (got "pdf")');
		expect(failure('--since', 'last week')).toMatch(/^--since must be .*12h, 30d, 2w.*2026-05-01 \(got "last week"\)$/);
		expect(failure('--since', '2027-01-01')).toMatch(/^--since 2027-01-01 is in the future/);
		expect(failure('--min-count', '0')).toMatch(/^--min-count must be a whole number of 1 or more \(got "0"\)$/);
		expect(failure('--min-count', '2.5')).toMatch(/^--min-count/);
		expect(failure('--locale', 'Türkçe')).toMatch(/^--locale must be a locale code/);
	});

	it('refuses unknown flags, stray arguments and flags without their value', () => {
		expect(failure('--sinse', '30d')).toMatch(/^unknown flag --sinse \(allowed: --since, --locale, --min-count, /);
		expect(failure('-x')).toMatch(/^unknown flag -x/);
		expect(failure('tr')).toMatch(/^unexpected argument "tr"/);
		expect(failure('--since')).toBe('--since needs a value, e.g. --since 30d');
		expect(failure('--since', '--locale', 'tr')).toBe('--since needs a value, e.g. --since 30d');
		expect(failure('--help=yes')).toBe('--help takes no value');
	});
});
