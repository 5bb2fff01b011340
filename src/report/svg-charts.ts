import { escapeHtml } from '../utils/escape-html.ts';
import type { DailyCount, Gap } from './report-types.ts';
import { formatNumber } from './report-text.ts';

/**
 * Inline SVG charts for the HTML report: no script, no external file, colours from CSS custom
 * properties (so they follow light and dark mode), and a title and description for screen readers.
 * The tables next to them hold the same numbers.
 */

const LABEL_WIDTH = 230;
const BAR_WIDTH = 400;
const ROW = 26;
const MAX_LABEL = 30;

/** Horizontal stacked bars of the most frequent gaps: unanswered, then no-click. */
export function gapBarChart(gaps: Gap[], id: string): string {
	const max = Math.max(1, ...gaps.map((gap) => gap.count));
	const height = gaps.length * ROW + 8;
	const rows = gaps.map((gap, index) => {
		const y = index * ROW + 4;
		const unanswered = (gap.unanswered / max) * BAR_WIDTH;
		const noClick = (gap.noClick / max) * BAR_WIDTH;
		const label = `${truncate(gap.query)} (${gap.locale})`;
		return `<g><title>${escapeHtml(`${gap.query} (${gap.locale}): ${gap.unanswered} unanswered, ${gap.noClick} no-click`)}</title>
<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="label">${escapeHtml(label)}</text>
<rect x="${LABEL_WIDTH}" y="${y}" width="${unanswered.toFixed(1)}" height="${ROW - 8}" class="unanswered"/>
<rect x="${(LABEL_WIDTH + unanswered).toFixed(1)}" y="${y}" width="${noClick.toFixed(1)}" height="${ROW - 8}" class="no-click"/>
<text x="${(LABEL_WIDTH + unanswered + noClick + 6).toFixed(1)}" y="${y + 15}" class="value">${formatNumber(gap.count)}</text></g>`;
	});
	const description = gaps.map((gap) => `${gap.query} (${gap.locale}): ${gap.count}`).join('; ');
	return `<svg viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart bars">
<title id="${id}-title">Most frequent gaps: unanswered (solid) and no-click (light) searches</title>
<desc id="${id}-desc">${escapeHtml(description)}</desc>
${rows.join('\n')}
</svg>`;
}

const TREND_WIDTH = 320;
const TREND_HEIGHT = 72;

/** Searches and unanswered searches per day, as two lines. */
export function trendChart(days: DailyCount[], locale: string, id: string): string {
	const max = Math.max(1, ...days.map((day) => day.searches));
	const step = days.length > 1 ? TREND_WIDTH / (days.length - 1) : 0;
	const line = (pick: (day: DailyCount) => number) => {
		// A single day still draws a line across, so the chart is never empty.
		const points = (days.length > 1 ? days : [...days, ...days]).map((day, index) => {
			const x = days.length > 1 ? index * step : index * TREND_WIDTH;
			return `${x.toFixed(1)},${(TREND_HEIGHT - 2 - (pick(day) / max) * (TREND_HEIGHT - 4)).toFixed(1)}`;
		});
		return points.join(' ');
	};
	const total = days.reduce((sum, day) => sum + day.searches, 0);
	const unanswered = days.reduce((sum, day) => sum + day.unanswered, 0);
	const peak = days.reduce<DailyCount | undefined>((best, day) => (!best || day.searches > best.searches ? day : best), undefined);
	const range = days.length ? `${days[0]!.date} to ${days.at(-1)!.date}` : 'the period';
	const description = `${range}: ${formatNumber(total)} searches, ${formatNumber(unanswered)} unanswered${peak && peak.searches ? `; busiest day ${peak.date} with ${formatNumber(peak.searches)}` : ''}.`;
	return `<svg viewBox="-2 0 ${TREND_WIDTH + 4} ${TREND_HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart trend">
<title id="${id}-title">Searches per day in ${escapeHtml(locale)}: all searches and unanswered ones</title>
<desc id="${id}-desc">${escapeHtml(description)}</desc>
<line x1="0" x2="${TREND_WIDTH}" y1="${TREND_HEIGHT - 1}" y2="${TREND_HEIGHT - 1}" class="axis"/>
<polyline points="${line((day) => day.searches)}" class="searches"/>
<polyline points="${line((day) => day.unanswered)}" class="unanswered-line"/>
</svg>`;
}

function truncate(text: string): string {
	const characters = [...text];
	return characters.length > MAX_LABEL ? `${characters.slice(0, MAX_LABEL - 1).join('')}…` : text;
}
