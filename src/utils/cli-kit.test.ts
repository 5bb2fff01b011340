import { describe, expect, it } from 'vitest';
import { parseFlags, runCommand, UsageError, wantsHelp } from './cli-kit.ts';

const FLAGS = { since: { type: 'string', example: '30d' }, strict: { type: 'boolean' } } as const;

const usageError = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	return 'no error';
};

/** A command whose main returns `code` or throws `error`, run with a CliIo that collects its output. */
async function run(argv: string[], main: () => Promise<number>) {
	let stdout = '';
	let stderr = '';
	const code = await runCommand(
		{ name: 'npm run x', usage: 'Usage: npm run x\n' },
		argv,
		{ root: '/nowhere', stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
		main,
	);
	return { code, stdout, stderr };
}

describe('the command-line kit', () => {
	it('reads --flag value and --flag=value the same way', () => {
		expect(parseFlags(['--since', '2w', '--strict'], FLAGS)).toEqual({ values: { since: '2w', strict: true }, positionals: [] });
		expect(parseFlags(['--since=2w', '--strict'], FLAGS)).toEqual({ values: { since: '2w', strict: true }, positionals: [] });
	});

	it('takes everything after -- as plain arguments, which a command without any refuses', () => {
		expect(parseFlags(['--strict', '--', '--since', '-h'], FLAGS, { positionals: true })).toEqual({ values: { strict: true }, positionals: ['--since', '-h'] });
		expect(usageError(() => parseFlags(['--', '--strict'], FLAGS, { example: '--since 30d' }))).toBe(
			'unexpected argument "--strict"; flags look like --since 30d (allowed: --since, --strict, --help)',
		);
	});

	it('names an unknown flag and the flags there are', () => {
		expect(usageError(() => parseFlags(['--strcit'], FLAGS))).toBe('unknown flag --strcit (allowed: --since, --strict, --help)');
		expect(usageError(() => parseFlags(['-s'], FLAGS))).toBe('unknown flag -s (allowed: --since, --strict, --help)');
		// Inherited names are not flags.
		expect(usageError(() => parseFlags(['--toString'], FLAGS))).toMatch(/^unknown flag --toString/);
	});

	it('asks for a missing value, and takes one that starts with a dash only when attached', () => {
		expect(usageError(() => parseFlags(['--since'], FLAGS))).toBe('--since needs a value, e.g. --since 30d');
		expect(usageError(() => parseFlags(['--since='], FLAGS))).toBe('--since needs a value, e.g. --since 30d');
		expect(usageError(() => parseFlags(['--since', '--strict'], FLAGS))).toBe('--since needs a value, e.g. --since 30d');
		expect(usageError(() => parseFlags(['--since', '-1d'], FLAGS))).toBe('--since needs a value, e.g. --since 30d');
		expect(parseFlags(['--since=-1d'], FLAGS).values.since).toBe('-1d');
		expect(usageError(() => parseFlags(['--strict=yes'], FLAGS))).toBe('--strict takes no value');
	});

	it('sees --help and -h anywhere before --, even where a value was expected', () => {
		expect(wantsHelp(['--since', '-h'])).toBe(true);
		expect(wantsHelp(['--strict', '--help'])).toBe(true);
		expect(wantsHelp(['--', '--help'])).toBe(false);
		expect(wantsHelp(['--help=yes'])).toBe(false);
	});

	it('prints the usage for --help without running the command, exit code 0', async () => {
		let ran = false;
		expect(await run(['--since', '-h'], async () => ((ran = true), 0))).toEqual({ code: 0, stdout: 'Usage: npm run x\n', stderr: '' });
		expect(ran).toBe(false);
	});

	it('returns the command’s own exit code', async () => {
		expect(await run([], async () => 1)).toEqual({ code: 1, stdout: '', stderr: '' });
	});

	it('says a usage error in one line pointing to --help, exit code 2', async () => {
		const result = await run(['--bad'], async () => (parseFlags(['--bad'], FLAGS), 0));
		expect(result).toEqual({ code: 2, stdout: '', stderr: 'npm run x: unknown flag --bad (allowed: --since, --strict, --help). See npm run x -- --help.\n' });
	});

	it('says any other error by its message without a stack trace, exit code 1', async () => {
		const result = await run([], async () => {
			throw new Error('content/ does not exist; set contentDir.');
		});
		expect(result).toEqual({ code: 1, stdout: '', stderr: 'npm run x: content/ does not exist; set contentDir.\n' });
	});
});
