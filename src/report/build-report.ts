import type { StoredEvent } from '../server/collector/event-store.ts';
import { createClosestArticles } from './closest-articles.ts';
import { compareGaps, groupGaps } from './group-gaps.ts';
import { localeTotals } from './locale-totals.ts';
import type { Period } from './period.ts';
import type { ReportArticle } from './read-articles.ts';
import type { Report } from './report-types.ts';

export interface ReportInput {
	/** Events of the period (and of `locale`, when given). */
	events: readonly StoredEvent[];
	articles: ReportArticle[];
	period: Period;
	/** The configured locales, in config order: they come first and are listed even without events. */
	locales: readonly string[];
	locale: string | null;
	minCount: number;
}

/** The whole report from events and articles; pure, so every format renders the same numbers. */
export function buildReport(input: ReportInput): Report {
	const inScope = (locale: string) => input.locale === null || locale === input.locale;
	const events = input.events.filter((event) => inScope(event.locale) && event.receivedAt >= input.period.since && event.receivedAt <= input.period.until);
	const locales = orderLocales(input.locales.filter(inScope), events);
	const rank = new Map(locales.map((locale, index) => [locale, index]));
	const closest = createClosestArticles(input.articles);
	const hidden: Record<string, number> = Object.fromEntries(locales.map((locale) => [locale, 0]));
	const gaps = groupGaps(events, input.period)
		.filter((group) => {
			if (group.count >= input.minCount) return true;
			hidden[group.locale] = (hidden[group.locale] ?? 0) + 1;
			return false;
		})
		.sort((a, b) => rank.get(a.locale)! - rank.get(b.locale)! || compareGaps(a, b))
		.map((group) => ({ ...group, closest: closest(group.locale, group.key) }));
	const { totals, daily } = localeTotals(events, locales, input.period);
	return {
		period: { since: new Date(input.period.since).toISOString(), until: new Date(input.period.until).toISOString() },
		locale: input.locale,
		minCount: input.minCount,
		gaps,
		hidden,
		totals,
		daily,
	};
}

/** Configured locales first, then any other locale events came from (a locale since removed). */
function orderLocales(configured: readonly string[], events: readonly StoredEvent[]): string[] {
	const others = [...new Set(events.map((event) => event.locale))].filter((locale) => !configured.includes(locale)).sort();
	return [...configured, ...others];
}
