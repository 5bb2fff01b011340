import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteSettings, type SiteSettings } from '../site/site-settings.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { formatStatusTable } from './format-status-table.ts';
import { markTranslations } from './mark-translations.ts';
import { orphanProblems, statusAdvice } from './status-notes.ts';
import { readTranslationStatus } from './translation-status.ts';
import { parseTranslationsArgs, USAGE } from './translations-args.ts';
import type { CliIo } from '../utils/cli-io.ts';
import { EXIT, runCommand, UsageError } from '../utils/cli-kit.ts';
import { formatWorkList, workListFor } from './work-list.ts';

/** A problem with the project or its files, not with the flags: exit code 1, one line per problem. */
class TranslationsError extends Error {}

const NAME = 'npm run translations';

/** `npm run translations`; resolves to the exit code: 0 done, 1 unreadable project or files not marked, 2 wrong flags. */
export function runTranslationsCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: NAME, usage: USAGE }, argv, cliIo, async ({ cwd, stdout, stderr, root: projectRoot }) => {
		const { command, root: rootFlag } = parseTranslationsArgs(argv);
		const root = rootFlag ? resolve(cwd, rootFlag) : projectRoot;
		const settings = await loadSettings(root);
		const options = { root, contentDir: settings.config.contentDir, locales: settings.locales, defaultLocale: settings.defaultLocale };

		if (command.kind === 'mark') {
			const { marked, problems } = await markTranslations(command.files, { ...options, cwd });
			if (problems.length) {
				stderr(`${problems.map((problem) => `${NAME}: ${problem}`).join('\n')}\n${NAME}: nothing was marked.\n`);
				return EXIT.problems;
			}
			for (const file of marked) {
				const change = file.previous === file.hash ? 'already up to date' : file.previous ? `was ${file.previous}` : 'was not tracked';
				stdout(`Marked ${file.file}: sourceHash ${file.hash} (${change})\n`);
			}
			return EXIT.ok;
		}

		if (!existsSync(join(root, options.contentDir)))
			throw new TranslationsError(`The articles folder ${join(root, options.contentDir)} does not exist; set contentDir in astro.config.mjs.`);
		const status = await readTranslationStatus(options);

		if (command.kind === 'missing') {
			if (command.locale === settings.defaultLocale)
				throw new UsageError(
					`--missing ${command.locale}: ${command.locale} is the source language; pick a locale to translate into (${otherLocales(settings).join(', ') || 'none configured'})`,
				);
			const locale = status.locales.find((l) => l.locale === command.locale);
			if (!locale)
				throw new UsageError(
					`--missing ${command.locale} is not a locale of this help center (${otherLocales(settings).join(', ') || 'only the source language is configured'})`,
				);
			const list = workListFor(status, locale);
			stdout(command.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : formatWorkList(list));
			return EXIT.ok;
		}

		if (command.format === 'json') {
			stdout(`${JSON.stringify(status, null, 2)}\n`);
			return EXIT.ok;
		}
		const notes = [...orphanProblems(status).map((problem) => `warning: ${formatProblem(problem)}`), ...statusAdvice(status)];
		stdout(`${formatStatusTable(status)}${notes.length ? `\n${notes.join('\n')}\n` : ''}`);
		return EXIT.ok;
	});
}

function otherLocales(settings: SiteSettings): string[] {
	return settings.locales.filter((locale) => locale !== settings.defaultLocale);
}

async function loadSettings(root: string): Promise<SiteSettings> {
	if (!existsSync(join(root, 'astro.config.mjs')))
		throw new TranslationsError(`${root} has no astro.config.mjs; run this in the help center project or pass --root.`);
	try {
		return await loadSiteSettings(root);
	} catch (error) {
		throw new TranslationsError(`Could not read ${join(root, 'astro.config.mjs')}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}
