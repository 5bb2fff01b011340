import type { ClosestArticle, Gap, Report } from './report-types.ts';
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

const ARROWS: Record<Trend['direction'], string> = { up: '↑', down: '↓', flat: '→', new: '★' };

/** `↑ up (3 → 9)`: earlier half of the period → later half. */
export function formatTrend(trend: Trend): string {
	return `${ARROWS[trend.direction]} ${trend.direction} (${trend.previous} → ${trend.recent})`;
}

/** The article to extend, or null when none comes close enough: write a new article. */
export function articleToExtend(gap: Gap): ClosestArticle | null {
	return gap.closest[0] ?? null;
}

/**
 * What to do with the closest article: when searches found nothing, it lacks the customers' words
 * (a `keyword` fixes that); when they found it but nobody opened it, its title or description does
 * not look like the answer.
 */
export function actionFor(gap: Gap): string {
	return gap.unanswered > 0 ? 'add a keyword to' : 'clarify the title or description of';
}

export function suggestionText(gap: Gap): string {
	const article = articleToExtend(gap);
	return article ? `${actionFor(gap)} ${article.id} (${article.file})` : 'new article';
}

export function formatScore(score: number): string {
	return percents.format(score);
}

/** `2026-04-01 – 2026-05-01 (UTC), all locales, groups seen at least 2 times` */
export function describeScope(report: Report): string {
	const scope = report.locale ? `locale ${report.locale}` : 'all locales';
	return `${report.period.since.slice(0, 10)} – ${report.period.until.slice(0, 10)} (UTC), ${scope}, groups seen at least ${report.minCount} ${report.minCount === 1 ? 'time' : 'times'}`;
}

/** `3 groups seen fewer than 2 times are hidden (--min-count 1 shows them).` or null. */
export function hiddenNote(report: Report, locale: string): string | null {
	const count = report.hidden[locale] ?? 0;
	if (!count) return null;
	const groups = count === 1 ? '1 group' : `${formatNumber(count)} groups`;
	return `${groups} seen fewer than ${report.minCount} times ${count === 1 ? 'is' : 'are'} hidden (--min-count 1 shows ${count === 1 ? 'it' : 'them'}).`;
}

/** The locales the report has a section for: every locale with totals. */
export function reportLocales(report: Report): string[] {
	return Object.keys(report.totals);
}
