import type { StoredEvent } from '../collector/event-store.ts';
import { daysOf, utcDay, type Period } from './period.ts';
import type { DailyCount, LocaleTotals } from './report-types.ts';

/**
 * Search volume and outcomes per locale. The browser sends one event per settled search: `search`
 * when it found something (rated `partial` when the results hold only part of the query),
 * `unanswered-search` when it found nothing, so volume is their sum. A search with results ends in
 * clicks (some followed by a `search-return`) or in a `no-click-search`, which gives the
 * click-through rate (searches with results − no-click searches) ÷ searches with results.
 */
export function localeTotals(
	events: readonly StoredEvent[],
	locales: readonly string[],
	period: Period,
): { totals: Record<string, LocaleTotals>; daily: Record<string, DailyCount[]> } {
	const days = daysOf(period);
	const totals = new Map<string, LocaleTotals>();
	const daily = new Map<string, Map<string, DailyCount>>();
	const ensure = (locale: string) => {
		let total = totals.get(locale);
		let perDay = daily.get(locale);
		if (!total)
			totals.set(
				locale,
				(total = {
					searches: 0,
					searchesWithResults: 0,
					unanswered: 0,
					unansweredRate: null,
					partial: 0,
					returned: 0,
					noClick: 0,
					clicks: 0,
					clickThroughRate: null,
					feedback: { helpful: 0, notHelpful: 0 },
				}),
			);
		if (!perDay) daily.set(locale, (perDay = new Map(days.map((date) => [date, { date, searches: 0, unanswered: 0 }]))));
		return { total, perDay };
	};
	for (const locale of locales) ensure(locale);
	for (const event of events) {
		const { total, perDay } = ensure(event.locale);
		const day = perDay.get(utcDay(event.receivedAt));
		switch (event.type) {
			case 'search':
				// A `search` without results is never sent (its `unanswered-search` is); do not count it twice.
				if (event.resultCount === 0) break;
				total.searchesWithResults++;
				if (event.strength === 'partial') total.partial++;
				if (day) day.searches++;
				break;
			case 'unanswered-search':
				total.unanswered++;
				if (day) {
					day.searches++;
					day.unanswered++;
				}
				break;
			case 'no-click-search':
				total.noClick++;
				break;
			case 'search-click':
				total.clicks++;
				break;
			case 'search-return':
				total.returned++;
				break;
			case 'feedback':
				if (event.helpful) total.feedback.helpful++;
				else total.feedback.notHelpful++;
				break;
		}
	}
	for (const total of totals.values()) {
		total.searches = total.searchesWithResults + total.unanswered;
		total.unansweredRate = rate(total.unanswered, total.searches);
		total.clickThroughRate = rate(Math.max(0, total.searchesWithResults - total.noClick), total.searchesWithResults);
	}
	return {
		totals: Object.fromEntries(totals),
		daily: Object.fromEntries([...daily].map(([locale, perDay]) => [locale, [...perDay.values()]])),
	};
}

function rate(part: number, whole: number): number | null {
	return whole ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
