import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollectorCommandLine } from '../src/collector/collector-cli.ts';
import { runCheckCli } from '../src/content-checks/check-cli.ts';
import { runDemoEventsCli } from '../src/demo/demo-cli.ts';
import { runCollectorCheckCli } from '../src/deploy-check/collector-check-cli.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import { runNewCli } from '../src/scaffold/new-cli.ts';
import { runTranslationsCli } from '../src/translations/translations-cli.ts';
import type { CliIo } from '../src/utils/cli-io.ts';
import { PROJECT_ROOT } from './helpers/build-site.ts';

// Every command the README lists answers flags the same way. None of these calls gets past its
// flags, so nothing is read, written or started.
const COMMANDS: Array<[name: string, run: (argv: string[], io: CliIo) => Promise<number | null>]> = [
	['npm run check', runCheckCli],
	['npm run new', runNewCli],
	['npm run translations', runTranslationsCli],
	['npm run report', runReportCli],
	['npm run demo:events', runDemoEventsCli],
	['npm run collector:check', runCollectorCheckCli],
	['npm run collector', readCollectorCommandLine],
];

async function run(command: (argv: string[], io: CliIo) => Promise<number | null>, ...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await command(argv, {
		root: '/nonexistent-project',
		cwd: '/nonexistent-project',
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
	});
	return { code, stdout, stderr };
}

describe.each(COMMANDS)('%s', (name, command) => {
	it('prints its usage for --help and -h, even after a flag that wants a value, with exit code 0', async () => {
		for (const argv of [['--help'], ['-h'], ['--root', '-h']]) {
			const result = await run(command, ...argv);
			expect(result, argv.join(' ')).toEqual({
				code: 0,
				stdout: expect.stringMatching(new RegExp(`^Usage: ${name.replace(':', '\\:')}[\\s\\n]`)) as string,
				stderr: '',
			});
		}
	});

	it('refuses an unknown flag, in either form, in one line that names it and points to --help, with exit code 2', async () => {
		for (const flag of ['--colour', '--colour=red']) {
			const result = await run(command, flag);
			expect(result.code, flag).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(new RegExp(`^${name}: unknown flag --colour \\(allowed: [^\\n]*--help\\)\\. See ${name} -- --help\\.\\n$`));
		}
	});
});

describe('npm run collector, through the real script', () => {
	it('prints its usage for --help and stops instead of starting a server', () => {
		const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'collector.mjs'), '--help'], {
			encoding: 'utf8',
			timeout: 20_000,
			env: { ...process.env, PORT: '0' },
		});
		expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(/^Usage: npm run collector/);
	});
});
