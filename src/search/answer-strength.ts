import type { AnswerStrength } from '../analytics/events.ts';
import type { PagefindResultData, QueryWord } from './search-types.ts';
import type { WordRarity } from './word-rarity.ts';
import { COVERAGE, coverageOf, rarityWeights } from './word-coverage.ts';

/** Results a customer reads before deciding: only these can answer the query. */
const RESULTS_READ = 3;
/** Share of the query's weight a result must cover to answer it. */
const ANSWERS = 0.55;

export interface Strength {
	strength: AnswerStrength;
	/** Meaningful words the best result does not cover (the gap's words); all of them for `none`. */
	unmatched: string[];
}

/**
 * How well the shown results answer a query, from what the search already knows: which meaningful
 * words were found (`words`: a spelling, or null when no article has the word, which makes the
 * answer partial whatever else is found), how rare each is
 * (`rarity`), and where the first results hold them. Each word weighs its rarity (inverse document
 * frequency, dampened), so `mayo` in the one article listing swimwear counts more than `iade`, found
 * almost everywhere. A result answers when it covers most of that weight (`COVERAGE`, `ANSWERS`).
 * The weights were chosen on tests/search-quality/gaps-*.json, where results change little
 * around them; there 73–77 % of uncovered needs come out partial or none and 11–21 % of covered
 * ones partial, most of those for a word no article has.
 * `kampanya kodu` finds "doğrulama kodunu girin. Kampanya e-postaları…": both words said in
 * passing, apart, which is no answer.
 */
export function answerStrength(words: readonly QueryWord[], results: readonly PagefindResultData[], rarity: WordRarity, locale: string): Strength {
	if (results.length === 0 || words.length === 0) return { strength: 'none', unmatched: words.map(({ word }) => word) };
	const weights = rarityWeights(words, rarity);
	const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
	let best: number[] = [];
	let bestScore = -1;
	for (const result of results.slice(0, RESULTS_READ)) {
		const coverage = coverageOf(result, words, locale).map(({ value }) => value);
		const score = coverage.reduce((sum, covered, index) => sum + covered * weights[index]!, 0) / weightSum;
		if (score > bestScore) [best, bestScore] = [coverage, score];
	}
	const unmatched = words.filter((_, index) => best[index]! < COVERAGE.mentionedMax).map(({ word }) => word);
	// A word in no article means no article answers the whole question, however well the rest is.
	const missing = words.some(({ spelling }) => spelling === null);
	return bestScore >= ANSWERS && !missing
		? { strength: 'full', unmatched: [] }
		: { strength: 'partial', unmatched: unmatched.length ? unmatched : words.map(({ word }) => word) };
}
