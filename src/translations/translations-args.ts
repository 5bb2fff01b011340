import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'json'] as const;
export type StatusFormat = (typeof FORMATS)[number];

export type TranslationsCommand =
	| { kind: 'status'; format: StatusFormat }
	| { kind: 'missing'; locale: string; format: StatusFormat }
	| { kind: 'mark'; files: string[] }
	| { kind: 'help' };

export interface TranslationsOptions {
	command: TranslationsCommand;
	/** The project with astro.config.mjs, as given; null means this project. */
	root: string | null;
}

export const USAGE = `Usage: npm run translations -- [flags]   (or: node scripts/translations.mjs [flags])

Which articles of the default locale are translated, outdated (the source changed after it was
translated), not tracked (no sourceHash recorded yet) or missing, per locale.

  (no flags)             the status table: counts and percentages per locale
  --missing <locale>     what a translator of <locale> should do next, with the source files
  --mark <file...>       record in these translations that they match their source's current text
                         (writes sourceHash into the frontmatter; nothing else in the file changes)
  --format <format>      text or json (for the table and --missing); default text
  --root <dir>           the project with astro.config.mjs; default this project
  -h, --help             show this help

Exit codes: 0 done (outdated or missing translations are information, not failure), 1 project
files could not be read or marked, 2 wrong flags. With --format json, use npm run -s translations
so npm's own lines stay out of the output.
`;

/** A wrong flag or value: the CLI prints the message as one line and exits with code 2. */
export class UsageError extends Error {}

const OPTIONS = {
	missing: { type: 'string' },
	mark: { type: 'boolean' },
	format: { type: 'string' },
	root: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;
const FLAG_LIST = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');
const EXAMPLES: Record<string, string> = { missing: 'de', format: 'json', root: '.' };

/** The flags of `npm run translations`, each checked so a typo gets a sentence, never a stack trace. */
export function parseTranslationsArgs(argv: string[]): TranslationsOptions {
	// Not strict: its errors are Node's wording; ours name what is allowed.
	const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const files: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') {
			files.push(token.value);
			continue;
		}
		if (token.kind !== 'option') continue;
		const option = OPTIONS[token.name as keyof typeof OPTIONS] as (typeof OPTIONS)[keyof typeof OPTIONS] | undefined;
		if (!option) throw new UsageError(`unknown flag ${token.rawName} (allowed: ${FLAG_LIST})`);
		if (option.type === 'boolean') {
			if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value; list the files after it`);
			flags.add(token.name);
			continue;
		}
		// Without a value parseArgs takes the next flag as one: `--missing --format json`.
		if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) throw new UsageError(`--${token.name} needs a value, e.g. --${token.name} ${EXAMPLES[token.name]}`);
		values.set(token.name, token.value);
	}
	const root = values.get('root') ?? null;
	if (flags.has('help')) return { command: { kind: 'help' }, root };
	const format = parseFormat(values.get('format'));
	const missing = values.get('missing');
	if (flags.has('mark')) {
		if (missing !== undefined) throw new UsageError('--mark and --missing do different things; run them one at a time');
		if (values.has('format')) throw new UsageError('--format applies to the status table and --missing, not to --mark');
		if (files.length === 0) throw new UsageError('--mark needs the translation files to mark, e.g. --mark content/en/iade/iade-sureci.md');
		return { command: { kind: 'mark', files }, root };
	}
	if (files.length) throw new UsageError(`unexpected argument "${files[0]}"; to mark translations, put --mark before the files (allowed flags: ${FLAG_LIST})`);
	if (missing !== undefined) return { command: { kind: 'missing', locale: missing, format }, root };
	return { command: { kind: 'status', format }, root };
}

function parseFormat(value: string | undefined): StatusFormat {
	if (value === undefined) return 'text';
	if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
	return value as StatusFormat;
}
