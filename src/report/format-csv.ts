import { adviceText } from './advice-text.ts';
import type { Report } from './report-types.ts';
import { formatMatch, formatTrend, KIND_LABELS, NOISE_LABELS } from './report-text.ts';

const COLUMNS = [
	'locale',
	'query',
	'kind',
	'failed',
	'searches',
	'single',
	'unanswered',
	'partial',
	'came_back',
	'no_click',
	'clicks',
	'click_through',
	'days',
	'first_seen',
	'last_seen',
	'trend',
	'examples',
	'missing_words',
	'closest',
	'advice',
] as const;

/**
 * One row per need, then one per noise query (kind `noise`, most columns empty), so the file stays
 * one table a spreadsheet can filter. RFC 4180: CRLF line ends, fields with quotes, commas or line
 * breaks quoted, quotes doubled. The totals are in the other formats.
 */
export function formatCsv(report: Report): string {
	const needs = report.needs.map((need) => [
		need.locale,
		need.query,
		KIND_LABELS[need.kind],
		need.count,
		need.searches,
		need.single ? 'yes' : 'no',
		need.unanswered,
		need.partial,
		need.returned,
		need.noClick,
		need.clicks,
		need.clickThrough ?? '',
		need.days,
		need.firstSeen,
		need.lastSeen,
		formatTrend(need.trend),
		need.examples.join(' | '),
		need.missing.join(' | '),
		need.closest.map((article) => `${article.id} (${article.score.toFixed(2)}: ${article.why.map(formatMatch).join(', ')})`).join('; '),
		adviceText(need.advice),
	]);
	const noise = report.noise.map((entry) => {
		// Only these columns say something about a noise query; the others stay empty.
		const fields: Partial<Record<(typeof COLUMNS)[number], string | number>> = {
			locale: entry.locale,
			query: entry.query,
			kind: 'noise',
			searches: entry.count,
			advice: `ignore: ${NOISE_LABELS[entry.reason]}`,
		};
		return COLUMNS.map((column) => fields[column] ?? '');
	});
	return [COLUMNS, ...needs, ...noise].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number): string {
	if (typeof value === 'number') return String(value);
	// A cell starting with = + - @ (or a tab or CR) is a formula to Excel and LibreOffice: a query
	// like `=HYPERLINK(…)` must stay text (OWASP "CSV injection").
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
