import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteSettings, type SiteSettings } from '../site/site-settings.ts';
import { formatProblem } from '../content-checks/problem.ts';
import { formatStatusTable } from './format-status-table.ts';
import { markTranslations } from './mark-translations.ts';
import { orphanProblems, statusAdvice } from './status-notes.ts';
import { readTranslationStatus } from './translation-status.ts';
import { parseTranslationsArgs, USAGE, UsageError } from './translations-args.ts';
import { formatWorkList, workListFor } from './work-list.ts';

export interface TranslationsIo {
	/** The project `npm run translations` belongs to (where scripts/ is). */
	root: string;
	/** Where relative paths (--root, --mark files) start; default the working folder. */
	cwd?: string;
	stdout?: (text: string) => void;
	stderr?: (text: string) => void;
}

/** A problem with the project or its files, not with the flags: exit code 1, one line per problem. */
class TranslationsError extends Error {}

const NAME = 'npm run translations';

/** `npm run translations`; resolves to the exit code: 0 done, 1 unreadable project or files not marked, 2 wrong flags. */
export async function runTranslationsCli(argv: string[], io: TranslationsIo): Promise<number> {
	const cwd = io.cwd ?? process.cwd();
	const stdout = io.stdout ?? ((text: string) => process.stdout.write(text));
	const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
	try {
		const { command, root: rootFlag } = parseTranslationsArgs(argv);
		if (command.kind === 'help') {
			stdout(USAGE);
			return 0;
		}
		const root = rootFlag ? resolve(cwd, rootFlag) : io.root;
		const settings = await loadSettings(root);
		const options = { root, contentDir: settings.config.contentDir, locales: settings.locales, defaultLocale: settings.defaultLocale };

		if (command.kind === 'mark') {
			const { marked, problems } = await markTranslations(command.files, { ...options, cwd });
			if (problems.length) {
				stderr(`${problems.map((problem) => `${NAME}: ${problem}`).join('\n')}\n${NAME}: nothing was marked.\n`);
				return 1;
			}
			for (const file of marked) {
				const change = file.previous === file.hash ? 'already up to date' : file.previous ? `was ${file.previous}` : 'was not tracked';
				stdout(`Marked ${file.file}: sourceHash ${file.hash} (${change})\n`);
			}
			return 0;
		}

		if (!existsSync(join(root, options.contentDir))) throw new TranslationsError(`The articles folder ${join(root, options.contentDir)} does not exist; set contentDir in astro.config.mjs.`);
		const status = await readTranslationStatus(options);

		if (command.kind === 'missing') {
			if (command.locale === settings.defaultLocale) throw new UsageError(`--missing ${command.locale}: ${command.locale} is the source language; pick a locale to translate into (${otherLocales(settings).join(', ') || 'none configured'})`);
			const locale = status.locales.find((l) => l.locale === command.locale);
			if (!locale) throw new UsageError(`--missing ${command.locale} is not a locale of this help center (${otherLocales(settings).join(', ') || 'only the source language is configured'})`);
			const list = workListFor(status, locale);
			stdout(command.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : formatWorkList(list));
			return 0;
		}

		if (command.format === 'json') {
			stdout(`${JSON.stringify(status, null, 2)}\n`);
			return 0;
		}
		const notes = [...orphanProblems(status).map((problem) => `warning: ${formatProblem(problem)}`), ...statusAdvice(status)];
		stdout(`${formatStatusTable(status)}${notes.length ? `\n${notes.join('\n')}\n` : ''}`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			stderr(`${NAME}: ${error.message}. See ${NAME} -- --help.\n`);
			return 2;
		}
		if (error instanceof TranslationsError) {
			stderr(`${NAME}: ${error.message}\n`);
			return 1;
		}
		// Anything else is a bug or an unreadable file; still one line, never a stack trace.
		stderr(`${NAME}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
		return 1;
	}
}

function otherLocales(settings: SiteSettings): string[] {
	return settings.locales.filter((locale) => locale !== settings.defaultLocale);
}

async function loadSettings(root: string): Promise<SiteSettings> {
	if (!existsSync(join(root, 'astro.config.mjs'))) throw new TranslationsError(`${root} has no astro.config.mjs; run this in the help center project or pass --root.`);
	try {
		return await loadSiteSettings(root);
	} catch (error) {
		throw new TranslationsError(`Could not read ${join(root, 'astro.config.mjs')}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}
