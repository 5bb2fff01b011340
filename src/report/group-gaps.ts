import { normalizeQuery } from '../search/normalize-query.ts';
import type { StoredEvent } from '../server/collector/event-store.ts';
import { groupKey } from './group-key.ts';
import { utcDay, type Period } from './period.ts';
import type { Gap } from './report-types.ts';
import { midpoint, trendOf } from './trend.ts';

/** A gap before the articles are compared with it. */
export type GapGroup = Omit<Gap, 'closest'>;

const MAX_EXAMPLES = 5;

interface Spelling {
	count: number;
	/** Ways of typing one spelling (`Kargom?`, `kargom`), so the most typed one is shown. */
	variants: Map<string, number>;
}

interface Accumulator {
	locale: string;
	key: string;
	unanswered: number;
	noClick: number;
	days: Set<string>;
	first: number;
	last: number;
	previous: number;
	recent: number;
	spellings: Map<string, Spelling>;
}

/**
 * Unanswered and no-click searches of the period, one group per locale and `groupKey`, ranked by
 * count, then by the number of days seen (a query on ten days beats a burst on one), then by query.
 */
export function groupGaps(events: readonly StoredEvent[], period: Period): GapGroup[] {
	const groups = new Map<string, Accumulator>();
	const keys = new Map<string, string>();
	const half = midpoint(period.since, period.until);
	for (const event of events) {
		if ((event.type !== 'unanswered-search' && event.type !== 'no-click-search') || !event.query) continue;
		const cacheKey = `${event.locale}\u0000${event.query}`;
		let key = keys.get(cacheKey);
		if (key === undefined) keys.set(cacheKey, (key = groupKey(event.query, event.locale)));
		if (!key) continue;
		const id = `${event.locale}\u0000${key}`;
		let group = groups.get(id);
		if (!group) {
			group = { locale: event.locale, key, unanswered: 0, noClick: 0, days: new Set(), first: event.receivedAt, last: event.receivedAt, previous: 0, recent: 0, spellings: new Map() };
			groups.set(id, group);
		}
		if (event.type === 'unanswered-search') group.unanswered++;
		else group.noClick++;
		group.days.add(utcDay(event.receivedAt));
		group.first = Math.min(group.first, event.receivedAt);
		group.last = Math.max(group.last, event.receivedAt);
		if (event.receivedAt < half) group.previous++;
		else group.recent++;
		addSpelling(group.spellings, event.query, event.locale);
	}
	return [...groups.values()].map(finish).sort(compareGaps);
}

export function compareGaps(a: GapGroup, b: GapGroup): number {
	return b.count - a.count || b.days - a.days || a.query.localeCompare(b.query, a.locale);
}

function addSpelling(spellings: Map<string, Spelling>, query: string, locale: string): void {
	const typed = query.replace(/\s+/g, ' ').trim();
	const form = normalizeQuery(typed, locale);
	let spelling = spellings.get(form);
	if (!spelling) spellings.set(form, (spelling = { count: 0, variants: new Map() }));
	spelling.count++;
	spelling.variants.set(typed, (spelling.variants.get(typed) ?? 0) + 1);
}

function finish(group: Accumulator): GapGroup {
	// Map order is first-seen order and sort is stable: equal counts keep the earlier spelling first.
	const examples = [...group.spellings.values()].sort((a, b) => b.count - a.count).map((spelling) => mostFrequent(spelling.variants));
	return {
		locale: group.locale,
		query: examples[0]!,
		key: group.key,
		count: group.unanswered + group.noClick,
		unanswered: group.unanswered,
		noClick: group.noClick,
		days: group.days.size,
		firstSeen: utcDay(group.first),
		lastSeen: utcDay(group.last),
		trend: trendOf(group.previous, group.recent),
		examples: examples.slice(0, MAX_EXAMPLES),
	};
}

function mostFrequent(counts: Map<string, number>): string {
	let best = '';
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount) [best, bestCount] = [value, count];
	}
	return best;
}
