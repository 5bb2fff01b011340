import { normalizeQuery } from '../search/normalize-query.ts';

/** Spellings of a need by their normalized form, each with the ways it was typed. */
export type Spellings = Map<string, { count: number; variants: Map<string, number> }>;

/** `Kargom?` and `kargom` are one spelling; the way it was typed most often is the one shown. */
export function addSpelling(spellings: Spellings, query: string, locale: string): void {
	const typed = query.replace(/\s+/g, ' ').trim();
	const form = normalizeQuery(typed, locale);
	let spelling = spellings.get(form);
	if (!spelling) spellings.set(form, (spelling = { count: 0, variants: new Map() }));
	spelling.count++;
	spelling.variants.set(typed, (spelling.variants.get(typed) ?? 0) + 1);
}

/** Every spelling as it was typed most often, most frequent first. */
export function spellingsOf(spellings: Spellings): string[] {
	// Map order is first-seen order and sort is stable: equal counts keep the earlier spelling first.
	return [...spellings.values()].sort((a, b) => b.count - a.count).map((spelling) => mostFrequent(spelling.variants));
}

function mostFrequent(counts: Map<string, number>): string {
	let best = '';
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount) [best, bestCount] = [value, count];
	}
	return best;
}
