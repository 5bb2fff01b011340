import { extname } from 'node:path';
import { parseFlags, UsageError } from '../utils/cli-kit.ts';
import { parseSince } from './period.ts';

export const FORMATS = ['md', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface ReportOptions {
	/** Start of the period, ms since the epoch. */
	since: number;
	locale: string | null;
	/** Null: chosen from the period's searches (1 below 200 searches, else 2). */
	minCount: number | null;
	format: ReportFormat;
	/** Where to write the report; null prints it. Paths are as given, relative to the working folder. */
	out: string | null;
	db: string | null;
	content: string | null;
	root: string | null;
}

export const USAGE = `Usage: npm run report -- [flags]   (or: node scripts/report.mjs [flags])

What customers searched for and did not get, per locale: one row per need (spellings grouped)
with its kind (unanswered, partial, opened and came back, no click), the words no article
contains, the closest articles and why, and advice (new article, add keywords, clarify a title,
or watch); keyboard mash and test searches in a short list of their own; search volume,
unanswered rate and click-through rate.

  --since <when>      period start: 12h, 30d, 2w, or a date/time such as 2026-05-01 (UTC); default 30d
  --locale <code>     only this locale, e.g. tr; default every locale
  --min-count <n>     hide needs that failed fewer than n times (totals still count them); default 2,
                      or 1 when the period has fewer than 200 searches (a small store)
  --format <format>   md, csv, json or html; default md, or taken from the --out extension
  --out <file>        write the report to a file instead of printing it (a CSV file gets a
                      byte-order mark, so Excel reads it as UTF-8)
  --db <file|url>     where the events are: a SQLite file, a postgres:// URL, or a D1 export
                      (npx wrangler d1 export destek-events --remote --output events.sql);
                      default $DESTEK_DATABASE_URL, else $DESTEK_DB, else data/analytics.sqlite
  --content <dir>     the articles folder; default the contentDir of astro.config.mjs
  --root <dir>        the project with astro.config.mjs; default this project
  -h, --help          show this help

Exit codes: 0 done, 1 no database or project files to read, 2 wrong flags. With --format json or
csv on stdout, use npm run -s report so npm's own lines stay out of the output.
`;

const FLAGS = {
	since: { type: 'string', example: '30d' },
	locale: { type: 'string', example: 'tr' },
	'min-count': { type: 'string', example: '2' },
	format: { type: 'string', example: 'html' },
	out: { type: 'string', example: 'report.html' },
	db: { type: 'string', example: 'data/analytics.sqlite' },
	content: { type: 'string', example: 'content' },
	root: { type: 'string', example: '.' },
} as const;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;
const EXTENSIONS: Record<string, ReportFormat> = { md: 'md', markdown: 'md', csv: 'csv', json: 'json', html: 'html', htm: 'html' };

/** The flags of `npm run report` (split by the CLI kit), each value checked so a typo gets a sentence naming what is accepted. */
export function parseReportArgs(argv: string[], now: number): ReportOptions {
	const { values } = parseFlags(argv, FLAGS, { example: '--since 30d' });
	const out = values.out ?? null;
	return {
		since: since(values.since ?? '30d', now),
		locale: locale(values.locale),
		minCount: minCount(values['min-count']),
		format: format(values.format, out),
		out,
		db: values.db ?? null,
		content: values.content ?? null,
		root: values.root ?? null,
	};
}

function since(value: string, now: number): number {
	const time = parseSince(value, now);
	if (time === null) throw new UsageError(`--since must be hours, days or weeks back (12h, 30d, 2w) or a date such as 2026-05-01 (got "${value}")`);
	if (time > now) throw new UsageError(`--since ${value} is in the future; give a start before now`);
	return time;
}

function locale(value: string | undefined): string | null {
	if (value === undefined) return null;
	if (!LOCALE.test(value)) throw new UsageError(`--locale must be a locale code such as tr or pt-BR (got "${value}")`);
	return value;
}

function minCount(value: string | undefined): number | null {
	if (value === undefined) return null;
	if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new UsageError(`--min-count must be a whole number of 1 or more (got "${value}")`);
	return Number(value);
}

function format(value: string | undefined, out: string | null): ReportFormat {
	if (value === undefined) return (out && EXTENSIONS[extname(out).slice(1).toLowerCase()]) || 'md';
	if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
	return value as ReportFormat;
}
