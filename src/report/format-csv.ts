import type { Report } from './report-types.ts';
import { formatTrend, suggestionText } from './report-text.ts';

const COLUMNS = ['locale', 'query', 'count', 'unanswered', 'no_click', 'days', 'first_seen', 'last_seen', 'trend', 'previous_half', 'recent_half', 'examples', 'closest', 'suggestion'];

/**
 * One row per gap (the totals are in the other formats), RFC 4180: CRLF line ends, fields with
 * quotes, commas or line breaks quoted, quotes doubled.
 */
export function formatCsv(report: Report): string {
	const rows = report.gaps.map((gap) => [
		gap.locale,
		gap.query,
		gap.count,
		gap.unanswered,
		gap.noClick,
		gap.days,
		gap.firstSeen,
		gap.lastSeen,
		formatTrend(gap.trend),
		gap.trend.previous,
		gap.trend.recent,
		gap.examples.join(' | '),
		gap.closest.map((article) => `${article.id} (${article.score.toFixed(2)})`).join('; '),
		suggestionText(gap),
	]);
	return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number): string {
	if (typeof value === 'number') return String(value);
	// A cell starting with = + - @ (or a tab or CR) is a formula to Excel and LibreOffice: a query
	// like `=HYPERLINK(…)` must stay text (OWASP "CSV injection").
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
