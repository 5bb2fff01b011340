import { parseFlags, UsageError } from '../utils/cli-kit.ts';

export interface DemoArgs {
	/** Days of searches, ending now. */
	days: number;
	seed: number;
	/** The analytics database, as given (relative to the working folder); null: the one npm start uses. */
	db: string | null;
	remove: boolean;
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

const FLAGS = {
	days: { type: 'string', example: '30' },
	seed: { type: 'string', example: '7' },
	db: { type: 'string', example: 'data/analytics.sqlite' },
	remove: { type: 'boolean' },
} as const;

/** The flags of `npm run demo:events` (split by the CLI kit), each value checked so a typo gets a sentence. */
export function parseDemoArgs(argv: string[]): DemoArgs {
	const { values } = parseFlags(argv, FLAGS, { example: '--days 30' });
	const remove = values.remove === true;
	if (remove && (values.days !== undefined || values.seed !== undefined))
		throw new UsageError(`--remove deletes every demo row; --${values.days !== undefined ? 'days' : 'seed'} applies only when making them`);
	return {
		days: wholeNumber('days', values.days, DEFAULT_DAYS, 1, MAX_DAYS),
		seed: wholeNumber('seed', values.seed, DEFAULT_SEED, 0, 2 ** 32 - 1),
		db: values.db ?? null,
		remove,
	};
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
	if (value === undefined) return fallback;
	if (!/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max)
		throw new UsageError(`--${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
	return Number(value);
}
