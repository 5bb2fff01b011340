import { parseArgs } from 'node:util';

export interface DemoArgs {
	/** Days of searches, ending now. */
	days: number;
	seed: number;
	/** The analytics database, as given (relative to the working folder); null: the one npm start uses. */
	db: string | null;
	remove: boolean;
	help: boolean;
}

export const DEFAULT_DAYS = 30;
export const DEFAULT_SEED = 1;
const MAX_DAYS = 365;

export const USAGE = `Usage: npm run demo:events -- [flags]   (or: node scripts/demo-events.mjs [flags])

Fills the analytics database with a made-up month of searches on the sample help center (tr, en,
de, ar), so npm run report has something to show before real customers search. The rows are
marked as demo rows: running it again replaces them, and --remove deletes them and nothing else.

  --days <n>      days of searches, ending now; default ${DEFAULT_DAYS}
  --seed <n>      another made-up month (the same seed always gives the same searches); default ${DEFAULT_SEED}
  --db <file>     the analytics database; default $DESTEK_DB, else data/analytics.sqlite
  --remove        delete the demo rows and say how many
  -h, --help      show this help

Exit codes: 0 done, 1 the database could not be written, 2 wrong flags.
`;

/** A wrong flag or value: the CLI prints the message as one line and exits with code 2. */
export class UsageError extends Error {}

const OPTIONS = {
	days: { type: 'string' },
	seed: { type: 'string' },
	db: { type: 'string' },
	remove: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;
const FLAG_LIST = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');
const EXAMPLES: Record<string, string> = { days: '30', seed: '7', db: 'data/analytics.sqlite' };

/** The flags of `npm run demo:events`, each checked so a typo gets a sentence, never a stack trace. */
export function parseDemoArgs(argv: string[]): DemoArgs {
	// Not strict: its errors are Node's wording; ours name what is allowed.
	const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
	const values = new Map<string, string>();
	const flags = new Set<string>();
	for (const token of tokens) {
		if (token.kind === 'positional') throw new UsageError(`unexpected argument "${token.value}"; flags look like --days 30 (allowed: ${FLAG_LIST})`);
		if (token.kind !== 'option') continue;
		const option = OPTIONS[token.name as keyof typeof OPTIONS] as (typeof OPTIONS)[keyof typeof OPTIONS] | undefined;
		if (!option) throw new UsageError(`unknown flag ${token.rawName} (allowed: ${FLAG_LIST})`);
		if (option.type === 'boolean') {
			if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
			flags.add(token.name);
			continue;
		}
		// Without a value parseArgs takes the next flag as one: `--days --remove`.
		if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) throw new UsageError(`--${token.name} needs a value, e.g. --${token.name} ${EXAMPLES[token.name]}`);
		values.set(token.name, token.value);
	}
	const remove = flags.has('remove');
	if (remove && (values.has('days') || values.has('seed'))) throw new UsageError(`--remove deletes every demo row; --${values.has('days') ? 'days' : 'seed'} applies only when making them`);
	return {
		days: wholeNumber('days', values.get('days'), DEFAULT_DAYS, 1, MAX_DAYS),
		seed: wholeNumber('seed', values.get('seed'), DEFAULT_SEED, 0, 2 ** 32 - 1),
		db: values.get('db') ?? null,
		remove,
		help: flags.has('help'),
	};
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
	if (value === undefined) return fallback;
	if (!/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
	return Number(value);
}
