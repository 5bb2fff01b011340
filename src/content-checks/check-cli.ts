import { resolve } from 'node:path';
import { loadSiteSettings } from '../site/site-settings.ts';
import { formatStatusTable } from '../translations/format-status-table.ts';
import { formatProblem } from './problem.ts';
import { runChecks } from './run-checks.ts';
import type { CliIo } from '../utils/cli-io.ts';
import { EXIT, parseFlags, runCommand } from '../utils/cli-kit.ts';

export const CHECK_USAGE = `Usage: npm run check [-- --strict] [--root <dir>]

Checks every article, category and UI string without building the site: frontmatter, links and
anchors, images, headings, raw HTML, missing translations of UI strings and category titles, stale
articles, and the state of each locale's translations. Each problem is one line:
file:line:column  message  (what to do)

  --strict      warnings fail too (exit 1)
  --root <dir>  the project with astro.config.mjs; default this project
  -h, --help    show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 wrong flags.
`;

const FLAGS = {
	strict: { type: 'boolean' },
	root: { type: 'string', example: '.' },
} as const;

/** `npm run check`; resolves to the exit code. */
export function runCheckCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: 'npm run check', usage: CHECK_USAGE }, argv, cliIo, async (io) => {
		const { values: flags } = parseFlags(argv, FLAGS, { example: '--strict' });
		const root = flags.root ? resolve(io.cwd, flags.root) : io.root;
		// Invalid options are reported by destek() itself, with the option's path; the kit prints that line.
		const settings = await loadSiteSettings(root);
		const started = performance.now();
		const { problems, index, translations } = await runChecks({ root, config: settings.config, now: io.now });
		const errors = problems.filter((p) => p.severity === 'error');
		const warnings = problems.filter((p) => p.severity === 'warning');
		const lines: string[] = [];
		if (errors.length) lines.push(`Errors (must be fixed before the site can be built):`, ...errors.map(formatProblem), '');
		if (warnings.length) lines.push(`Warnings${flags.strict ? ' (errors with --strict)' : ''}:`, ...warnings.map(formatProblem), '');
		if (translations.locales.length) lines.push(formatStatusTable(translations).trimEnd(), '');
		const articles = [...index.articles.values()].reduce((sum, locale) => sum + locale.size, 0);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const counts = [`${errors.length} error${errors.length === 1 ? '' : 's'}`, `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`].join(', ');
		lines.push(`Checked ${articles} articles in ${settings.locales.length} locales in ${seconds} s: ${counts}.`);
		io.stdout(`${lines.join('\n')}\n`);
		return errors.length || (flags.strict && warnings.length) ? EXIT.problems : EXIT.ok;
	});
}
