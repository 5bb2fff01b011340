import { refOf } from './advice.ts';
import { compareCoverage, MIN_SCORE, type Coverage } from './article-coverage.ts';
import type { ClosestArticle } from './report-types.ts';

const MAX_CLOSEST = 3;

/**
 * Up to three articles that come closest to a need (see `coverageOf` for the score), each with where
 * it holds each word, strongest field first: `title: iade`, `keyword: kargo`, `body: kampanya ×2`.
 * When none comes close, the articles that mention every word somewhere (a body saying "gift
 * cards") are listed instead: a writer may extend one, or link the new article from it.
 */
export function closestArticles(candidates: readonly Coverage[], mentioning: () => Coverage[], display: (token: string) => string): ClosestArticle[] {
	const close = candidates.filter((coverage) => coverage.score >= MIN_SCORE);
	return top(close.length ? close : mentioning()).map((coverage) => ({
		...refOf(coverage),
		score: Math.round(coverage.score * 100) / 100,
		why: coverage.matches.flatMap((match) => (match.field ? [{ word: display(match.token), field: match.field, count: match.count }] : [])),
	}));
}

/** The best three, kept in order while walking the list once: sorting thousands costs seconds. */
function top(coverages: Coverage[]): Coverage[] {
	const best: Coverage[] = [];
	for (const coverage of coverages) {
		if (best.length === MAX_CLOSEST && compareCoverage(coverage, best.at(-1)!) >= 0) continue;
		best.push(coverage);
		best.sort(compareCoverage);
		if (best.length > MAX_CLOSEST) best.pop();
	}
	return best;
}
