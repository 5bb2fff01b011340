import { contentTokens, groupKey } from './group-key.ts';
import type { ReportArticle } from './read-articles.ts';
import type { ClosestArticle } from './report-types.ts';

/** Below this share of the query's weight an article is not "close": better write a new one. */
export const MIN_SCORE = 0.5;
const MAX_CLOSEST = 3;
/** A word found only in the description or tags counts half: the article mentions it, not more. */
const WEAK_MATCH = 0.5;
/** Share of the score that comes from the closest title or keyword as a whole phrase. */
const PHRASE_SHARE = 0.2;

interface Candidate {
	article: ReportArticle;
	/** Title and keywords: what the article is about and what customers call it. */
	strong: Set<string>;
	/** Description and tags. */
	weak: Set<string>;
	/** Words of the title and of each keyword, each phrase on its own. */
	phrases: Array<Set<string>>;
}

/**
 * Scores every article of a locale against a gap's key. Each word of the key weighs its inverse
 * document frequency among the locale's articles, so `kargo`, found in a dozen articles, says
 * little, and `sigorta`, found in none, says "nothing here covers this". Most of the score (80 %)
 * is the share of that weight the article covers: fully for a word in its title or keywords, half
 * for a word only in its description or tags. The rest is the overlap (Jaccard) with its closest
 * title or keyword phrase, so an article with the query as a keyword beats one that merely
 * mentions a word of it in a longer title.
 */
export function createClosestArticles(articles: ReportArticle[]): (locale: string, key: string) => ClosestArticle[] {
	const byLocale = new Map<string, { candidates: Candidate[]; documentFrequency: Map<string, number> }>();
	for (const article of articles) {
		let entry = byLocale.get(article.locale);
		if (!entry) byLocale.set(article.locale, (entry = { candidates: [], documentFrequency: new Map() }));
		const locale = article.locale;
		const strong = new Set([article.title, ...article.keywords].flatMap((text) => contentTokens(text, locale)));
		const weak = new Set([article.description, ...article.tags].flatMap((text) => contentTokens(text, locale)));
		const phrases = [article.title, ...article.keywords].map((text) => new Set(groupKey(text, locale).split(' ')));
		entry.candidates.push({ article, strong, weak, phrases });
		for (const token of new Set([...strong, ...weak])) entry.documentFrequency.set(token, (entry.documentFrequency.get(token) ?? 0) + 1);
	}

	return (locale, key) => {
		const entry = byLocale.get(locale);
		const tokens = key.split(' ').filter(Boolean);
		if (!entry || !tokens.length) return [];
		const total = entry.candidates.length;
		// A word no article has gets the largest weight: as if half an article had it.
		const weight = (token: string) => Math.log(1 + total / (entry.documentFrequency.get(token) ?? 0.5));
		const keyWeight = tokens.reduce((sum, token) => sum + weight(token), 0);
		return entry.candidates
			.map((candidate) => {
				const covered = tokens.reduce((sum, token) => sum + weight(token) * (candidate.strong.has(token) ? 1 : candidate.weak.has(token) ? WEAK_MATCH : 0), 0);
				const phrase = Math.max(...candidate.phrases.map((words) => jaccard(tokens, words)));
				return { article: candidate.article, score: (1 - PHRASE_SHARE) * (covered / keyWeight) + PHRASE_SHARE * phrase };
			})
			.filter(({ score }) => score >= MIN_SCORE)
			.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title, locale))
			.slice(0, MAX_CLOSEST)
			.map(({ article, score }) => ({ id: article.id, title: article.title, url: article.url, file: article.file, score: Math.round(score * 100) / 100 }));
	};
}

function jaccard(tokens: string[], words: Set<string>): number {
	const shared = tokens.filter((token) => words.has(token)).length;
	return shared / (tokens.length + words.size - shared);
}
