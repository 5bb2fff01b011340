import type { StoredEvent } from '../collector/event-store.ts';
import { createArticleIndex } from './article-index.ts';
import { describeNeed } from './describe-need.ts';
import { groupNeeds, type NeedGroup } from './group-needs.ts';
import { localeTotals } from './locale-totals.ts';
import { isGap } from './need-kind.ts';
import { noiseReason } from './noise.ts';
import type { Period } from './period.ts';
import type { ReportArticle } from './read-articles.ts';
import type { Need, NoiseEntry, Report } from './report-types.ts';

/** Below this many searches in the period a store is small: every need counts from one search. */
export const SMALL_STORE_SEARCHES = 200;
/** Without `--min-count`, a need shows once it failed this often (or once, in a small store). */
const DEFAULT_MIN_COUNT = 2;
const MAX_NOISE_PER_LOCALE = 10;

export interface ReportInput {
	/** Events of the period (and of `locale`, when given). */
	events: readonly StoredEvent[];
	articles: readonly ReportArticle[];
	period: Period;
	/** The configured locales, in config order: they come first and are listed even without events. */
	locales: readonly string[];
	locale: string | null;
	/** `--min-count`; null chooses from the period's searches (see SMALL_STORE_SEARCHES). */
	minCount: number | null;
}

/** The whole report from events and articles; pure, so every format renders the same numbers. */
export function buildReport(input: ReportInput): Report {
	const inScope = (locale: string) => input.locale === null || locale === input.locale;
	const events = input.events.filter((event) => inScope(event.locale) && event.receivedAt >= input.period.since && event.receivedAt <= input.period.until);
	const locales = orderLocales(input.locales.filter(inScope), events);
	const rank = new Map(locales.map((locale, index) => [locale, index]));
	const { totals, daily } = localeTotals(events, locales, input.period);
	const searches = Object.values(totals).reduce((sum, total) => sum + total.searches, 0);
	const smallStore = input.minCount === null && searches < SMALL_STORE_SEARCHES;
	const minCount = input.minCount ?? (smallStore ? 1 : DEFAULT_MIN_COUNT);

	const index = createArticleIndex(input.articles);
	const noise: NoiseEntry[] = [];
	const needs: NeedGroup[] = [];
	for (const group of groupNeeds(events, input.period)) {
		const reason = noiseReason(group.query, group.locale, index.locale(group.locale).has);
		if (reason) noise.push({ locale: group.locale, query: group.query, count: Math.max(group.searches, group.count), reason });
		else needs.push(group);
	}
	const medians = medianClickThroughs(needs);
	const hidden: Record<string, number> = Object.fromEntries(locales.map((locale) => [locale, 0]));
	const rows: Need[] = [];
	for (const group of needs) {
		if (isGap(group, minCount)) rows.push(describeNeed(group, index, medians.get(group.locale) ?? null));
		else if (isGap(group, 1)) hidden[group.locale] = (hidden[group.locale] ?? 0) + 1;
	}
	const byLocale = (a: { locale: string }, b: { locale: string }) => rank.get(a.locale)! - rank.get(b.locale)!;
	return {
		period: { since: new Date(input.period.since).toISOString(), until: new Date(input.period.until).toISOString() },
		locale: input.locale,
		minCount,
		smallStore,
		searches,
		needs: rows.sort((a, b) => byLocale(a, b) || b.count - a.count || b.days - a.days || a.query.localeCompare(b.query, a.locale)),
		noise: shortNoiseList(noise.sort((a, b) => byLocale(a, b) || b.count - a.count || a.query.localeCompare(b.query, a.locale))),
		hidden,
		totals,
		daily,
	};
}

/**
 * Per locale, the median click-through of its needs that had results to click: what "customers
 * of this locale usually open something" means, against which a need's click-through is judged.
 */
function medianClickThroughs(needs: readonly NeedGroup[]): Map<string, number> {
	const rates = new Map<string, number[]>();
	for (const need of needs) {
		if (need.clickThrough === null) continue;
		const list = rates.get(need.locale);
		if (list) list.push(need.clickThrough);
		else rates.set(need.locale, [need.clickThrough]);
	}
	return new Map([...rates].map(([locale, list]) => [locale, median(list)]));
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Noise is listed so nothing disappears unseen, but only the most frequent of each locale. */
function shortNoiseList(sorted: NoiseEntry[]): NoiseEntry[] {
	const shown = new Map<string, number>();
	return sorted.filter((entry) => {
		const count = shown.get(entry.locale) ?? 0;
		shown.set(entry.locale, count + 1);
		return count < MAX_NOISE_PER_LOCALE;
	});
}

/** Configured locales first, then any other locale events came from (a locale since removed). */
function orderLocales(configured: readonly string[], events: readonly StoredEvent[]): string[] {
	const others = [...new Set(events.map((event) => event.locale))].filter((locale) => !configured.includes(locale)).sort();
	return [...configured, ...others];
}
