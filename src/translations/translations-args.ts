import { parseFlags, UsageError } from '../utils/cli-kit.ts';

export const FORMATS = ['text', 'json'] as const;
export type StatusFormat = (typeof FORMATS)[number];

export type TranslationsCommand =
	{ kind: 'status'; format: StatusFormat } | { kind: 'missing'; locale: string; format: StatusFormat } | { kind: 'mark'; files: string[] };

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

const FLAGS = {
	missing: { type: 'string', example: 'de' },
	mark: { type: 'boolean' },
	format: { type: 'string', example: 'json' },
	root: { type: 'string', example: '.' },
} as const;

/** The flags of `npm run translations` (split by the CLI kit), each checked so a typo gets a sentence. */
export function parseTranslationsArgs(argv: string[]): TranslationsOptions {
	// Words are the files of --mark; anywhere else they are a mistake, said below.
	const { values, positionals: files } = parseFlags(argv, FLAGS, { positionals: true });
	const root = values.root ?? null;
	const format = parseFormat(values.format);
	const missing = values.missing;
	if (values.mark) {
		if (missing !== undefined) throw new UsageError('--mark and --missing do different things; run them one at a time');
		if (values.format !== undefined) throw new UsageError('--format applies to the status table and --missing, not to --mark');
		if (files.length === 0) throw new UsageError('--mark needs the translation files to mark, e.g. --mark content/en/iade/iade-sureci.md');
		return { command: { kind: 'mark', files }, root };
	}
	if (files.length) throw new UsageError(`unexpected argument "${files[0]}"; to mark translations, put --mark before the files`);
	if (missing !== undefined) return { command: { kind: 'missing', locale: missing, format }, root };
	return { command: { kind: 'status', format }, root };
}

function parseFormat(value: string | undefined): StatusFormat {
	if (value === undefined) return 'text';
	if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
	return value as StatusFormat;
}
