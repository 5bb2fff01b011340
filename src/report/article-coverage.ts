import { fieldOf, type Field, type IndexedArticle, type LocaleIndex } from './article-index.ts';

/** How much finding a word in a field says about an article: what it is about, down to a mention. */
const FIELD_WEIGHT: Record<Field, number> = { title: 1, keyword: 1, heading: 1, description: 0.5, tag: 0.5, body: 0.25 };
/** Fields where a word means the article is about it; the body only mentions. */
const COVERING: ReadonlySet<Field> = new Set(['title', 'keyword', 'heading', 'description', 'tag']);
const STRONG: ReadonlySet<Field> = new Set(['title', 'keyword', 'heading']);
/** Share of the score that comes from the closest title, keyword or heading as a whole phrase. */
const PHRASE_SHARE = 0.2;
/** Below this score an article is not "close": it mentions the words, it is not about them. */
export const MIN_SCORE = 0.5;
export interface TokenMatch {
	token: string;
	/** The strongest field holding it, or null. */
	field: Field | null;
	/** Occurrences in the body when that is the strongest field, else 1. */
	count: number;
}

export interface Coverage {
	indexed: IndexedArticle;
	matches: TokenMatch[];
	/** Every key token is in the title, keywords, headings, description or tags. */
	covers: boolean;
	/** Every key token is in the title: the article is about exactly this. */
	titleHoldsAll: boolean;
	/** Key tokens in the title: between equal scores, a title says more than a tag. */
	inTitle: number;
	/** Key tokens outside title, keywords, headings, description and tags. */
	lacking: string[];
	/** Share of the key's weight found in title, keywords or headings, 0–1. */
	strongShare: number;
	/**
	 * 0–1: most of it (80 %) is the share of the key's weight found, each word weighted by its field
	 * (title, keyword, heading 1; description, tag ½; body ¼); the rest is the overlap (Jaccard)
	 * with the closest title, keyword or heading, so the article whose keyword is the query beats one
	 * that mentions a word of it in a longer title.
	 */
	score: number;
}

/**
 * The articles worth scoring for a need: those that may come close, which includes every article
 * holding all the words outside its body. At best an article's other words are in its body (¼)
 * and its phrase overlap is the share of words it holds, so one holding only `kargo` of
 * `kargo sigortası` is never scored: a big store has thousands of those.
 */
export function candidatesFor(index: LocaleIndex, tokens: readonly string[]): IndexedArticle[] {
	const held = new Map<IndexedArticle, { share: number; count: number }>();
	const keyWeight = tokens.reduce((sum, token) => sum + index.weight(token), 0);
	for (const token of tokens) {
		const share = index.weight(token) / keyWeight;
		for (const indexed of index.labelledBy(token)) {
			const entry = held.get(indexed);
			if (entry) [entry.share, entry.count] = [entry.share + share, entry.count + 1];
			else held.set(indexed, { share, count: 1 });
		}
	}
	const best = ({ share, count }: { share: number; count: number }) =>
		(1 - PHRASE_SHARE) * (share + FIELD_WEIGHT.body * (1 - share)) + PHRASE_SHARE * (count / tokens.length);
	return [...held].filter(([, entry]) => best(entry) >= MIN_SCORE - 1e-9).map(([indexed]) => indexed);
}

/**
 * How each article holds the key tokens of a need (`tokens` non-empty); the weights are looked up
 * once per need, since a big store scores thousands of articles for each.
 */
export function coverageFor(index: LocaleIndex, tokens: readonly string[]): (indexed: IndexedArticle) => Coverage {
	const weights = tokens.map((token) => index.weight(token));
	const keyWeight = weights.reduce((sum, weight) => sum + weight, 0);
	return (indexed) => {
		const matches: TokenMatch[] = [];
		const lacking: string[] = [];
		let [weighted, strong, inTitle] = [0, 0, 0];
		tokens.forEach((token, i) => {
			const field = fieldOf(indexed, token);
			matches.push({ token, field, count: field === 'body' ? indexed.body.get(token)! : 1 });
			if (!field || !COVERING.has(field)) lacking.push(token);
			if (!field) return;
			weighted += weights[i]! * FIELD_WEIGHT[field];
			if (STRONG.has(field)) strong += weights[i]!;
			if (field === 'title') inTitle++;
		});
		let phrase = 0;
		for (const words of indexed.phrases) phrase = Math.max(phrase, jaccard(tokens, words));
		return {
			indexed,
			matches,
			covers: lacking.length === 0,
			titleHoldsAll: inTitle === tokens.length,
			inTitle,
			lacking,
			strongShare: strong / keyWeight,
			score: (1 - PHRASE_SHARE) * (weighted / keyWeight) + PHRASE_SHARE * phrase,
		};
	};
}

function jaccard(tokens: readonly string[], words: Set<string>): number {
	const shared = tokens.filter((token) => words.has(token)).length;
	return shared / (tokens.length + words.size - shared);
}

// Ties are broken by title only to keep the order stable; no locale's rules are needed for that.
const titles = new Intl.Collator('en');

/** Best first: score, then words in the title, then title. */
export function compareCoverage(a: Coverage, b: Coverage): number {
	return b.score - a.score || b.inTitle - a.inTitle || titles.compare(a.indexed.article.title, b.indexed.article.title);
}

/** The best coverage that passes a test, without sorting them all: a big store has thousands. */
export function bestOf(coverages: readonly Coverage[], test: (coverage: Coverage) => boolean): Coverage | undefined {
	let best: Coverage | undefined;
	for (const coverage of coverages) if (test(coverage) && (!best || compareCoverage(coverage, best) < 0)) best = coverage;
	return best;
}
