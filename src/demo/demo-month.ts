import { createUrlBuilder } from '../utils/urls.ts';
import { DEMO_NEEDS } from './demo-needs.ts';
import { KIND_SHARE, NEED_KINDS, type Need } from './need-types.ts';
import { createRandom, type Random } from './random.ts';
import { searchSession, type DemoEvent } from './search-session.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Europe/Istanbul has kept UTC+3 all year since 2016; the sample store's customers live by it. */
const STORE_OFFSET_MS = 3 * 60 * 60 * 1000;
/** Searches keep clear of both ends, so `npm run report` run right after sees every one of them. */
const MARGIN_MS = 10 * 60 * 1000;
const WEEKEND_FACTOR = 0.7;
/** Relative search volume per hour of the store's day: quiet at night, busy at lunch and evening. */
const HOURS = [0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.4, 0.7, 0.9, 1, 1, 1, 0.95, 0.9, 0.9, 0.9, 0.95, 1, 1, 1, 0.95, 0.8, 0.55];
/** A `new` need appears only in this many last days. */
const NEW_DAYS = 7;

export interface DemoOptions {
	seed: number;
	/** End of the period, ms. */
	now: number;
	days: number;
	/** The site's base path; the sample's is `/`. */
	base?: string;
}

/**
 * A made-up period of searches for the sample help center, oldest first. Pure: the same options
 * give the same events, so only the seed (and the clock) changes what the report shows.
 */
export function generateDemoEvents({ seed, now, days, base = '/' }: DemoOptions): DemoEvent[] {
	const random = createRandom(seed);
	const urls = createUrlBuilder(base);
	const start = now - days * DAY_MS;
	const events: DemoEvent[] = [];
	for (const [locale, { perDay, needs }] of Object.entries(DEMO_NEEDS)) {
		const articles = [...new Set(needs.flatMap((need) => need.results))].sort();
		const weights = baseWeights(needs);
		// The store's calendar days: the first and the last are cut by the period, and get fewer searches.
		for (let day = storeDayStart(start); day < now; day += DAY_MS) {
			const from = Math.max(day, start + MARGIN_MS);
			const to = Math.min(day + DAY_MS, now - MARGIN_MS);
			if (to <= from) continue;
			const weekend = [0, 6].includes(new Date(day + STORE_OFFSET_MS).getUTCDay());
			const count = Math.round(random.int(perDay[0], perDay[1]) * (weekend ? WEEKEND_FACTOR : 1) * busyShare(day, from, to));
			for (let i = 0; i < count; i++) {
				const at = timeOfDay(random, from, to);
				const progress = (at - start) / (now - start);
				const isLastWeek = at >= now - NEW_DAYS * DAY_MS;
				const need = needs[random.weighted(needs.map((n, index) => weights[index]! * trendFactor(n, progress, isLastWeek)))]!;
				events.push(...searchSession({ need, locale, at, random, urls, articles }));
			}
		}
	}
	// Stable: events of one search that share a millisecond keep their order.
	return events.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** Each kind's share split over its needs, the first listed searched most (Zipf: 1, 1/2, 1/3…). */
function baseWeights(needs: readonly Need[]): number[] {
	const weights: number[] = [];
	for (const kind of NEED_KINDS) {
		const ofKind = needs.map((need, index) => ({ need, index })).filter(({ need }) => need.kind === kind);
		const harmonic = ofKind.reduce((sum, _, rank) => sum + 1 / (rank + 1), 0);
		ofKind.forEach(({ index }, rank) => (weights[index] = (KIND_SHARE[kind] * (1 / (rank + 1))) / harmonic));
	}
	return weights;
}

/** `up` grows from a quarter of its share to nearly twice it; `down` the reverse. */
function trendFactor(need: Need, progress: number, isLastWeek: boolean): number {
	switch (need.trend) {
		case 'up':
			return 0.25 + 1.5 * progress;
		case 'down':
			return 1.75 - 1.5 * progress;
		case 'new':
			return isLastWeek ? 1.5 : 0;
		default:
			return 1;
	}
}

/** Midnight in the store's time zone, at or before `at`. */
function storeDayStart(at: number): number {
	return Math.floor((at + STORE_OFFSET_MS) / DAY_MS) * DAY_MS - STORE_OFFSET_MS;
}

/** The part of the day's searches that fall in [from, to) of the day starting at `day`. */
function busyShare(day: number, from: number, to: number): number {
	const hour = DAY_MS / 24;
	let share = 0;
	HOURS.forEach((weight, index) => {
		const overlap = Math.min(to, day + (index + 1) * hour) - Math.max(from, day + index * hour);
		if (overlap > 0) share += (weight * overlap) / hour;
	});
	return share / HOURS.reduce((sum, weight) => sum + weight, 0);
}

/** A moment in [from, to), more likely in the store's busy hours. */
function timeOfDay(random: Random, from: number, to: number): number {
	for (;;) {
		const at = Math.floor(from + random.next() * (to - from));
		if (random.next() < HOURS[new Date(at + STORE_OFFSET_MS).getUTCHours()]!) return at;
	}
}
