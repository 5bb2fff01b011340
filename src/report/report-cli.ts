import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { analyticsDatabasePath } from '../site/analytics-database.ts';
import { loadSiteSettings, type SiteSettings } from '../site/site-settings.ts';
import { buildReport } from './build-report.ts';
import { formatReport } from './format-report.ts';
import { isPostgresUrl } from '../collector/stores/postgres-url.ts';
import { readArticles } from './read-articles.ts';
import { readEvents } from './read-events.ts';
import { parseReportArgs, USAGE } from './report-args.ts';
import type { CliIo } from '../utils/cli-io.ts';
import { runCommand, UsageError } from '../utils/cli-kit.ts';

/** A problem with the project or its files, not with the flags: exit code 1, one message. */
class ReportError extends Error {}

/** `npm run report`; resolves to the exit code: 0 done, 1 nothing to report on, 2 wrong flags. */
export function runReportCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: 'npm run report', usage: USAGE }, argv, cliIo, async (io) => {
		const { cwd, env, now, stdout } = io;
		const options = parseReportArgs(argv, now);
		const root = options.root ? resolve(cwd, options.root) : io.root;
		const settings = await loadSettings(root);
		if (options.locale && !settings.locales.includes(options.locale))
			throw new UsageError(`--locale ${options.locale} is not a locale of this help center (${settings.locales.join(', ')})`);
		const events = await readEvents(eventSource(options.db, cwd, root, env), { since: options.since, locale: options.locale ?? undefined });
		const contentDir = options.content ? resolve(cwd, options.content) : join(root, settings.config.contentDir);
		if (!existsSync(contentDir)) throw new ReportError(`The articles folder ${contentDir} does not exist; pass the folder with --content.`);
		const report = buildReport({
			events,
			articles: await readArticles({ root, contentDir, base: settings.base }),
			period: { since: options.since, until: now },
			locales: settings.locales,
			locale: options.locale,
			minCount: options.minCount,
		});
		const text = formatReport(report, options.format);
		if (!options.out) {
			stdout(text);
			return 0;
		}
		const file = resolve(cwd, options.out);
		// Excel reads a CSV file as UTF-8 only with a byte-order mark; piped output stays without one.
		await writeFile(file, options.format === 'csv' ? `\uFEFF${text}` : text).catch((error: NodeJS.ErrnoException) => {
			throw new ReportError(`Could not write ${file}: ${error.code === 'ENOENT' ? 'its folder does not exist' : error.message}.`);
		});
		const shown = relative(cwd, file);
		stdout(`Wrote ${shown.startsWith('..') ? file : shown}: ${report.needs.length} ${report.needs.length === 1 ? 'need' : 'needs'} (${options.format}).\n`);
		return 0;
	});
}

async function loadSettings(root: string): Promise<SiteSettings> {
	if (!existsSync(join(root, 'astro.config.mjs')))
		throw new ReportError(`${root} has no astro.config.mjs; run the report from the help center project or pass --root.`);
	try {
		return await loadSiteSettings(root);
	} catch (error) {
		throw new ReportError(`Could not read ${join(root, 'astro.config.mjs')}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** `--db` (a file or a postgres:// URL), else DESTEK_DATABASE_URL, else the SQLite file. */
function eventSource(db: string | null, cwd: string, root: string, env: NodeJS.ProcessEnv): string {
	if (db) return isPostgresUrl(db) ? db : resolve(cwd, db);
	return env.DESTEK_DATABASE_URL || analyticsDatabasePath(root, env);
}
