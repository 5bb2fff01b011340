import { withDefaults, type CliIo } from '../utils/cli-io.ts';
import { checkCollector } from './check-collector.ts';

export const USAGE = `Usage: npm run collector:check <site-url>

Posts one check event to the collector of a deployed help center, found the way visitors' browsers
find it (the analytics settings of its home page), and says whether it was stored.

  npm run collector:check https://help.example.com/
  npm run collector:check https://shop.example.com/help/

Exit code: 0 stored, 1 not stored (the reason is printed), 2 wrong arguments.
`;

/** `npm run collector:check`; resolves to the exit code. */
export async function runCollectorCheckCli(argv: string[], cliIo: CliIo): Promise<number> {
	const { stdout, stderr, now } = withDefaults(cliIo);
	if (argv.includes('--help') || argv.includes('-h')) {
		stdout(USAGE);
		return 0;
	}
	const site = siteUrl(argv);
	if (typeof site === 'string') {
		stderr(`npm run collector:check: ${site}. See npm run collector:check -- --help.\n`);
		return 2;
	}
	const { stored, lines } = await checkCollector(site, now);
	(stored ? stdout : stderr)(lines.map((line) => `${line}\n`).join(''));
	return stored ? 0 : 1;
}

/** The one argument as an http(s) URL, or what is wrong with it. */
function siteUrl(argv: string[]): URL | string {
	if (argv.length === 0) return 'give the address of the deployed help center, e.g. https://help.example.com/';
	if (argv.length > 1) return `give one address, not ${argv.length} (${argv.join(' ')})`;
	const [text] = argv as [string];
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return `${text} is not a web address; give it in full, e.g. https://help.example.com/`;
	return url;
}
