import type { CliIo } from '../utils/cli-io.ts';
import { EXIT, parseFlags, runCommand, UsageError } from '../utils/cli-kit.ts';
import { checkCollector } from './check-collector.ts';

export const USAGE = `Usage: npm run collector:check <site-url>

Posts one check event to the collector of a deployed help center, found the way visitors' browsers
find it (the analytics settings of its home page), and says whether it was stored.

  npm run collector:check https://help.example.com/
  npm run collector:check https://shop.example.com/help/

Exit code: 0 stored, 1 not stored (the reason is printed), 2 wrong arguments.
`;

/** `npm run collector:check`; resolves to the exit code. */
export function runCollectorCheckCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: 'npm run collector:check', usage: USAGE }, argv, cliIo, async ({ stdout, stderr, now }) => {
		const { positionals } = parseFlags(argv, {}, { positionals: true });
		const { stored, lines } = await checkCollector(siteUrl(positionals), now);
		(stored ? stdout : stderr)(lines.map((line) => `${line}\n`).join(''));
		return stored ? EXIT.ok : EXIT.problems;
	});
}

/** The one argument as an http(s) URL. */
function siteUrl(args: string[]): URL {
	if (args.length === 0) throw new UsageError('give the address of the deployed help center, e.g. https://help.example.com/');
	if (args.length > 1) throw new UsageError(`give one address, not ${args.length} (${args.join(' ')})`);
	const [text] = args as [string];
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
		throw new UsageError(`${text} is not a web address; give it in full, e.g. https://help.example.com/`);
	return url;
}
