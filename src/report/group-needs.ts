import type { StoredEvent } from '../collector/event-store.ts';
import { pagePath } from './article-index.ts';
import { groupKey } from './group-key.ts';
import { utcDay, type Period } from './period.ts';
import { addSpelling, spellingsOf, type Spellings } from './spellings.ts';
import type { Need } from './report-types.ts';
import { midpoint, trendOf } from './trend.ts';

/**
 * A need's searches and what came of them, before it is compared with the articles: the counting
 * fields of `Need` (documented there), plus what the advice weighs.
 */
export type NeedGroup = Pick<
	Need,
	| 'locale'
	| 'key'
	| 'query'
	| 'examples'
	| 'searches'
	| 'unanswered'
	| 'partial'
	| 'noClick'
	| 'returned'
	| 'clicks'
	| 'satisfied'
	| 'count'
	| 'clickThrough'
	| 'days'
	| 'firstSeen'
	| 'lastSeen'
	| 'trend'
> & {
	/** Searches that showed results. */
	withResults: number;
	/** Per opened page (section anchors dropped): clicks and returns. */
	opened: Map<string, { clicks: number; returns: number }>;
	/** Per page shown as the first result: in how many searches. */
	shownFirst: Map<string, number>;
	/** Words the browser found in no result together with the others, lowercased, once each. */
	unmatched: string[];
};

type Tally = Omit<NeedGroup, 'query' | 'examples' | 'satisfied' | 'count' | 'clickThrough' | 'days' | 'firstSeen' | 'lastSeen' | 'trend' | 'unmatched'> & {
	noClickAll: number;
	returnsAll: number;
	failedDays: Set<string>;
	/** First and last failed search, and first and last event of any kind. */
	first: number;
	last: number;
	seenFirst: number;
	seenLast: number;
	previous: number;
	recent: number;
	searched: Spellings;
	other: Spellings;
	unmatched: Set<string>;
};

/**
 * Every search event of the period, one need per locale and group key. Each failed search counts
 * once as far as the events tell: a `search` rated partial counts as partial, and the no-click or
 * return that followed it (they carry its strength) is not counted again.
 */
export function groupNeeds(events: readonly StoredEvent[], period: Period): NeedGroup[] {
	const tallies = new Map<string, Tally>();
	const keys = new Map<string, string>();
	const half = midpoint(period.since, period.until);
	for (const event of events) {
		if (event.query === null || event.type === 'feedback') continue;
		// The browser sends `unanswered-search` instead of a `search` without results; never count both.
		if (event.type === 'search' && event.resultCount === 0) continue;
		const cacheKey = `${event.locale}\u0000${event.query}`;
		let key = keys.get(cacheKey);
		if (key === undefined) keys.set(cacheKey, (key = groupKey(event.query, event.locale)));
		if (!key) continue;
		const id = `${event.locale}\u0000${key}`;
		let tally = tallies.get(id);
		if (!tally) tallies.set(id, (tally = newTally(event.locale, key)));
		const failed = count(tally, event);
		if (failed) {
			tally.failedDays.add(utcDay(event.receivedAt));
			tally.first = Math.min(tally.first, event.receivedAt);
			tally.last = Math.max(tally.last, event.receivedAt);
			if (event.receivedAt < half) tally.previous++;
			else tally.recent++;
		}
		tally.seenFirst = Math.min(tally.seenFirst, event.receivedAt);
		tally.seenLast = Math.max(tally.seenLast, event.receivedAt);
		addSpelling(event.type === 'search' || event.type === 'unanswered-search' ? tally.searched : tally.other, event.query, event.locale);
		for (const word of event.unmatched ?? []) tally.unmatched.add(word.toLocaleLowerCase(event.locale));
	}
	return [...tallies.values()].map(finish);
}

/** Adds one event to its need; true when it is a failed search. */
function count(tally: Tally, event: StoredEvent): boolean {
	const partial = event.strength === 'partial';
	switch (event.type) {
		case 'search':
			tally.searches++;
			tally.withResults++;
			if (event.firstResult) {
				const page = pagePath(event.firstResult);
				tally.shownFirst.set(page, (tally.shownFirst.get(page) ?? 0) + 1);
			}
			if (partial) tally.partial++;
			return partial;
		case 'unanswered-search':
			tally.searches++;
			tally.unanswered++;
			return true;
		case 'no-click-search':
			tally.noClickAll++;
			if (!partial) tally.noClick++;
			return !partial;
		case 'search-click':
			tally.clicks++;
			opened(tally, event.target).clicks++;
			return false;
		case 'search-return':
			tally.returnsAll++;
			opened(tally, event.target).returns++;
			if (!partial) tally.returned++;
			return !partial;
		default:
			return false;
	}
}

function opened(tally: Tally, target: string | null): { clicks: number; returns: number } {
	const path = target === null ? '' : pagePath(target);
	let entry = tally.opened.get(path);
	if (!entry) tally.opened.set(path, (entry = { clicks: 0, returns: 0 }));
	return entry;
}

function newTally(locale: string, key: string): Tally {
	return {
		locale,
		key,
		searches: 0,
		withResults: 0,
		unanswered: 0,
		partial: 0,
		noClick: 0,
		noClickAll: 0,
		returned: 0,
		returnsAll: 0,
		clicks: 0,
		opened: new Map(),
		shownFirst: new Map(),
		unmatched: new Set(),
		failedDays: new Set(),
		first: Infinity,
		last: -Infinity,
		seenFirst: Infinity,
		seenLast: -Infinity,
		previous: 0,
		recent: 0,
		searched: new Map(),
		other: new Map(),
	};
}

function finish(tally: Tally): NeedGroup {
	// Clicks, no-clicks and returns repeat their search's query: spellings come from the searches.
	const examples = spellingsOf(tally.searched.size ? tally.searched : tally.other);
	const withClick = Math.max(0, tally.withResults - tally.noClickAll);
	// A need that never failed still gets dates: those of its searches.
	const [first, last] = tally.failedDays.size ? [tally.first, tally.last] : [tally.seenFirst, tally.seenLast];
	return {
		locale: tally.locale,
		key: tally.key,
		query: examples[0]!,
		examples: examples.slice(0, 5),
		searches: tally.searches,
		withResults: tally.withResults,
		unanswered: tally.unanswered,
		partial: tally.partial,
		noClick: tally.noClick,
		returned: tally.returned,
		clicks: tally.clicks,
		satisfied: Math.max(0, tally.clicks - tally.returnsAll),
		count: tally.unanswered + tally.partial + tally.noClick + tally.returned,
		clickThrough: tally.withResults ? Math.round((withClick / tally.withResults) * 10_000) / 10_000 : null,
		days: tally.failedDays.size,
		firstSeen: utcDay(first),
		lastSeen: utcDay(last),
		trend: trendOf(tally.previous, tally.recent),
		opened: tally.opened,
		shownFirst: tally.shownFirst,
		unmatched: [...tally.unmatched],
	};
}
