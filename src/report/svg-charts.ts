import { escapeHtml } from '../utils/escape-html.ts';
import type { DailyCount, Need, NeedKind } from './report-types.ts';
import { formatNumber, KIND_LABELS, plural } from './report-text.ts';

/**
 * Charts for the HTML report with no script and no file: labels and numbers are HTML text (they
 * wrap and stay readable on a phone), the shapes are small inline SVGs stretched to the width,
 * coloured from CSS custom properties so they follow light and dark mode.
 */

export const KINDS: Array<{ kind: NeedKind; field: 'unanswered' | 'partial' | 'returned' | 'noClick' }> = [
	{ kind: 'unanswered', field: 'unanswered' },
	{ kind: 'partial', field: 'partial' },
	{ kind: 'returned', field: 'returned' },
	{ kind: 'no-click', field: 'noClick' },
];
/** Smallest width of a segment, in hundredths of the bar: one search of ten thousand still shows. */
const MIN_SEGMENT = 1.5;
const GAP = 0.4;

/** One stacked bar per need: unanswered, partial, came back, no click, each in its colour. */
export function needBars(needs: Need[]): string {
	const max = Math.max(1, ...needs.map((need) => need.count));
	const rows = needs.map((need) => {
		let x = 0;
		const rects = KINDS.filter(({ field }) => need[field] > 0).map(({ kind, field }) => {
			const width = Math.max(MIN_SEGMENT, (need[field] / max) * 100 - GAP);
			const rect = `<rect x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10" class="${kind}"/>`;
			x += width + GAP;
			return rect;
		});
		const parts = KINDS.filter(({ field }) => need[field] > 0).map(({ kind, field }) => `${formatNumber(need[field])} ${KIND_LABELS[kind]}`);
		return `<li><span class="bar-label"><span lang="${escapeHtml(need.locale)}" dir="auto">${escapeHtml(need.query)}</span> <span class="muted">(${escapeHtml(need.locale)})</span></span>
<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${rects.join('')}</svg>
<span class="bar-value">${formatNumber(need.count)}<span class="visually-hidden"> failed: ${parts.join(', ')}</span></span></li>`;
	});
	return `<ol class="bars">${rows.join('\n')}</ol>`;
}

/** The legend of the kinds drawn, so no colour is listed without a bar. */
export function kindLegend(needs: Need[]): string {
	const drawn = KINDS.filter(({ field }) => needs.some((need) => need[field] > 0));
	return `<ul class="legend">${drawn.map(({ kind }) => `<li><span class="key ${kind}"></span>${KIND_LABELS[kind]}</li>`).join('')}</ul>`;
}

/** Slots the daily chart always has, so one day is one column, not a wall. */
const MIN_SLOTS = 7;

/** A column per day: all searches, with the unanswered ones in front of them from the bottom. */
export function dailyColumns(days: DailyCount[], locale: string, id: string): string {
	const max = Math.max(1, ...days.map((day) => day.searches));
	const slots = Math.max(MIN_SLOTS, days.length);
	const columns = days.map((day, index) => {
		const x = index * 10 + 1;
		const column = (value: number, type: string) =>
			value ? `<rect x="${x}" y="${(100 - (value / max) * 100).toFixed(2)}" width="8" height="${((value / max) * 100).toFixed(2)}" class="${type}"/>` : '';
		return column(day.searches, 'searches') + column(day.unanswered, 'unanswered');
	});
	const total = days.reduce((sum, day) => sum + day.searches, 0);
	const unanswered = days.reduce((sum, day) => sum + day.unanswered, 0);
	const peak = days.reduce<DailyCount | undefined>((best, day) => (!best || day.searches > best.searches ? day : best), undefined);
	const first = days[0]?.date ?? '';
	const last = days.at(-1)?.date ?? '';
	const summary = `${first}${last !== first ? ` to ${last}` : ''}: ${plural(total, 'search', 'searches')}, ${formatNumber(unanswered)} unanswered${peak?.searches && days.length > 1 ? `; busiest day ${peak.date} with ${formatNumber(peak.searches)}` : ''}.`;
	// Under a week the columns fill only part of the width: one label says which days they are.
	const axis = days.length >= MIN_SLOTS ? `<span>${first}</span><span>${last}</span>` : `<span>${first}${last !== first ? ` – ${last}` : ''}</span>`;
	return `<figure class="daily" aria-labelledby="${id}">
<svg viewBox="0 0 ${slots * 10} 100" preserveAspectRatio="none" aria-hidden="true">${columns.join('')}</svg>
<div class="axis">${axis}</div>
<figcaption id="${id}"><span class="key searches"></span>searches <span class="key unanswered"></span>unanswered, per day in ${escapeHtml(locale)}. ${escapeHtml(summary)}</figcaption>
</figure>`;
}
