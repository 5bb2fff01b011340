import type { Field } from './article-index.ts';
import { SMALL_STORE_SEARCHES } from './build-report.ts';
import type { NeedKind, Report, WordMatch } from './report-types.ts';
import type { Trend } from './trend.ts';

// Wording shared by the Markdown, CSV and HTML reports, so they never disagree.

const numbers = new Intl.NumberFormat('en');
const percents = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
	return numbers.format(value);
}

/** `12.5%`, or `–` when there was nothing to divide by. */
export function formatRate(rate: number | null): string {
	return rate === null ? '–' : percents.format(rate);
}

/** `1 search`, `12 searches`. */
export function plural(count: number, one: string, many: string): string {
	return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export function formatScore(score: number): string {
	return percents.format(score);
}

const ARROWS: Record<Trend['direction'], string> = { up: '↑', down: '↓', flat: '→', new: '★' };

/** `↑ up (3 → 9)`: earlier half of the period → later half. */
export function formatTrend(trend: Trend): string {
	return `${ARROWS[trend.direction]} ${trend.direction} (${trend.previous} → ${trend.recent})`;
}

export const KIND_LABELS: Record<NeedKind, string> = { unanswered: 'unanswered', partial: 'partial', returned: 'opened and came back', 'no-click': 'no click' };

const FIELD_LABELS: Record<Field, string> = { title: 'title', keyword: 'keyword', heading: 'heading', description: 'description', tag: 'tag', body: 'body' };

/** `title: iade`, `body: kampanya ×2`. */
export function formatMatch(match: WordMatch): string {
	return `${FIELD_LABELS[match.field]}: ${match.word}${match.count > 1 ? ` ×${match.count}` : ''}`;
}

/** `5 of 7 searches failed`, `1 search (single)`. */
export function formatCount(need: { count: number; searches: number; single: boolean }): string {
	if (need.single) return '1 search (single)';
	return need.searches > need.count ? `${formatNumber(need.count)} of ${formatNumber(need.searches)} searches failed` : `${formatNumber(need.count)} failed`;
}

/** `2026-04-01 – 2026-05-01 (UTC), all locales, needs that failed at least 2 times` and the small-store rule when it applied. */
export function describeScope(report: Report): string {
	const scope = report.locale ? `locale ${report.locale}` : 'all locales';
	const threshold = `needs that failed at least ${report.minCount} ${report.minCount === 1 ? 'time' : 'times'}`;
	const small = report.smallStore
		? `; a small store (${plural(report.searches, 'search', 'searches')}, fewer than ${SMALL_STORE_SEARCHES}): every need counts from one search, and needs seen once are marked single`
		: '';
	return `${report.period.since.slice(0, 10)} – ${report.period.until.slice(0, 10)} (UTC), ${scope}, ${threshold}${small}`;
}

/** `3 needs that failed fewer than 2 times are hidden (--min-count 1 shows them).` or null. */
export function hiddenNote(report: Report, locale: string): string | null {
	const count = report.hidden[locale] ?? 0;
	if (!count) return null;
	const needs = count === 1 ? '1 need' : `${formatNumber(count)} needs`;
	return `${needs} that failed fewer than ${report.minCount} times ${count === 1 ? 'is' : 'are'} hidden (--min-count 1 shows ${count === 1 ? 'it' : 'them'}).`;
}

export const NOISE_LABELS: Record<Report['noise'][number]['reason'], string> = {
	'no-words': 'only numbers or personal data',
	'one-letter': 'one letter',
	test: 'test search',
	'keyboard-mash': 'keyboard mash',
	'question-words': 'only question words',
};

/** The locales the report has a section for: every locale with totals. */
export function reportLocales(report: Report): string[] {
	return Object.keys(report.totals);
}

export const FOOTNOTE =
	'A need is every search whose query means the same (spellings, suffixes, filler words aside). Failed = unanswered + partial + opened and came back (within 10 s) + no click; a need is listed when it failed more often than customers opened a result and stayed. Trend compares the earlier and the later half of the period. Click-through = searches with results that led to a click ÷ searches with results.';
