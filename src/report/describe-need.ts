import { advise, type OpenedArticle } from './advice.ts';
import { candidatesFor, coverageFor, type Coverage } from './article-coverage.ts';
import type { ArticleIndex, IndexedArticle } from './article-index.ts';
import { closestArticles } from './closest-articles.ts';
import type { NeedGroup } from './group-needs.ts';
import { kindOf } from './need-kind.ts';
import { groupKey } from './group-key.ts';
import { correctSpelling, createDisplay, missingWords } from './need-words.ts';
import type { Need } from './report-types.ts';

/** A need that is a gap, compared with the articles of its locale: closest articles, missing words, advice. */
export function describeNeed(group: NeedGroup, index: ArticleIndex, medianClickThrough: number | null): Need {
	const locale = index.locale(group.locale);
	const tokens = group.key.split(' ');
	const display = createDisplay(group.examples, group.locale);
	const coverageOf = coverageFor(locale, tokens);
	// One coverage per article, so advice can tell the article shown first among the candidates.
	const coverages = new Map<IndexedArticle, Coverage>();
	const cover = (indexed: IndexedArticle) => {
		let coverage = coverages.get(indexed);
		if (!coverage) coverages.set(indexed, (coverage = coverageOf(indexed)));
		return coverage;
	};
	const candidates = candidatesFor(locale, tokens).map(cover);
	const advice = advise({
		candidates,
		opened: resolve(group.opened, index, group.locale).map(([indexed, counts]) => ({ coverage: cover(indexed), ...counts }) satisfies OpenedArticle),
		shownFirst: resolve(group.shownFirst, index, group.locale).map(([indexed, count]) => ({ coverage: cover(indexed), count })),
		searches: group.searches,
		clickThrough: group.clickThrough,
		medianClickThrough,
		typo: () => {
			const corrected = correctSpelling(group.query, locale, group.locale);
			const fixed = corrected && groupKey(corrected.query, group.locale).split(' ').filter(Boolean);
			if (!corrected || !fixed?.length) return undefined;
			return { candidates: candidatesFor(locale, fixed).map(coverageFor(locale, fixed)), words: corrected.misspelled };
		},
		display,
	});
	return {
		locale: group.locale,
		query: group.query,
		key: group.key,
		kind: kindOf(group),
		count: group.count,
		searches: group.searches,
		single: Math.max(group.searches, group.count) === 1,
		unanswered: group.unanswered,
		partial: group.partial,
		noClick: group.noClick,
		returned: group.returned,
		clicks: group.clicks,
		satisfied: group.satisfied,
		clickThrough: group.clickThrough,
		days: group.days,
		firstSeen: group.firstSeen,
		lastSeen: group.lastSeen,
		trend: group.trend,
		examples: group.examples,
		missing: missingWords(tokens, group.unmatched, locale, display, group.locale),
		// Only when none comes close: `kargo` alone is mentioned by most articles of a big store.
		closest: closestArticles(candidates, () => locale.mentioning(tokens).map(cover), display),
		advice,
	};
}

/** Result pages as the locale's articles they are; other pages (and other locales) drop out. */
function resolve<T>(byPath: Map<string, T>, index: ArticleIndex, locale: string): Array<[IndexedArticle, T]> {
	return [...byPath].flatMap(([path, value]) => {
		const indexed = index.articleAt(path);
		return indexed?.article.locale === locale ? [[indexed, value] as [IndexedArticle, T]] : [];
	});
}
