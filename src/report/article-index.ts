import { foldedWords, groupKey } from './group-key.ts';
import type { ReportArticle } from './read-articles.ts';
import { stripSuffixes } from '../search/strip-suffixes.ts';

/** Where an article holds a word, strongest evidence first. */
export type Field = 'title' | 'keyword' | 'heading' | 'description' | 'tag' | 'body';
type LabelField = Exclude<Field, 'body'>;

export interface IndexedArticle {
	article: ReportArticle;
	/** Each stem of a field other than the body, with the strongest field holding it. */
	labelled: Map<string, LabelField>;
	/** Stems of the body with how often each occurs. */
	body: Map<string, number>;
	/** Title, each keyword and each heading as a group key, for the phrase overlap. */
	phrases: Array<Set<string>>;
}

export interface LocaleIndex {
	articles: IndexedArticle[];
	/** Inverse document frequency of a stem among the locale's articles (body left out). */
	weight: (stem: string) => number;
	/** Whether any article of the locale holds the stem anywhere, body included. */
	has: (stem: string) => boolean;
	/** Articles with the stem in a field other than the body. */
	labelledBy: (stem: string) => readonly IndexedArticle[];
	/** Articles holding every one of the stems somewhere, body included. */
	mentioning: (stems: readonly string[]) => IndexedArticle[];
	/** Folded words of the locale's articles, with how many articles have each: what typos are corrected to. */
	words: ReadonlyMap<string, number>;
}

export interface ArticleIndex {
	locale(locale: string): LocaleIndex;
	/** The article a result path leads to (`/help/tr/iade/iade-sureci/`), if it is one. */
	articleAt(path: string): IndexedArticle | undefined;
}

interface LocaleEntry {
	articles: IndexedArticle[];
	/** Articles with a stem outside the body: its document frequency is their number. */
	labelled: Map<string, IndexedArticle[]>;
	anywhere: Map<string, Set<IndexedArticle>>;
	words: Map<string, number>;
}

/**
 * The articles as the report compares them with needs: stems per field, once. Document frequency
 * leaves the body out: nearly every body says `kargo`, and a word that only bodies mention is one
 * no article is about, which should weigh as much as a word in none.
 */
export function createArticleIndex(articles: readonly ReportArticle[]): ArticleIndex {
	const locales = new Map<string, LocaleEntry>();
	const byPath = new Map<string, IndexedArticle>();
	for (const article of articles) {
		let entry = locales.get(article.locale);
		if (!entry) locales.set(article.locale, (entry = { articles: [], labelled: new Map(), anywhere: new Map(), words: new Map() }));
		const { indexed, words } = indexArticle(article);
		entry.articles.push(indexed);
		for (const stem of indexed.labelled.keys()) {
			const list = entry.labelled.get(stem);
			if (list) list.push(indexed);
			else entry.labelled.set(stem, [indexed]);
		}
		for (const stem of new Set([...indexed.labelled.keys(), ...indexed.body.keys()])) {
			const set = entry.anywhere.get(stem);
			if (set) set.add(indexed);
			else entry.anywhere.set(stem, new Set([indexed]));
		}
		for (const word of words) entry.words.set(word, (entry.words.get(word) ?? 0) + 1);
		byPath.set(pagePath(article.url), indexed);
	}
	const empty: LocaleEntry = { articles: [], labelled: new Map(), anywhere: new Map(), words: new Map() };
	return {
		locale(locale) {
			const { articles: indexed, labelled, anywhere, words } = locales.get(locale) ?? empty;
			return {
				articles: indexed,
				words,
				// A word no article is about weighs as if half an article were: the most of any word.
				weight: (stem) => Math.log(1 + indexed.length / (labelled.get(stem)?.length ?? 0.5)),
				has: (stem) => anywhere.has(stem),
				labelledBy: (stem) => labelled.get(stem) ?? [],
				mentioning: (stems) => {
					const sets = stems.map((stem) => anywhere.get(stem) ?? new Set<IndexedArticle>()).sort((a, b) => a.size - b.size);
					return [...(sets[0] ?? [])].filter((article) => sets.every((set) => set.has(article)));
				},
			};
		},
		articleAt: (path) => byPath.get(pagePath(path)),
	};
}

/** An article's stems per field, and its folded words (counted per locale, not kept per article). */
function indexArticle(article: ReportArticle): { indexed: IndexedArticle; words: Set<string> } {
	const words = new Set<string>();
	// Folded once, then stemmed: the words are kept for typo correction, the stems for matching.
	const stems = (text: string) =>
		foldedWords(text, article.locale).map((word) => {
			words.add(word);
			return stripSuffixes(word, article.locale);
		});
	const labelled = new Map<string, LabelField>();
	const fields: Array<[LabelField, string[]]> = [
		['title', [article.title]],
		['keyword', article.keywords],
		['heading', article.headings],
		['description', [article.description]],
		['tag', article.tags],
	];
	// Strongest first, so the first field to claim a stem keeps it.
	for (const [field, texts] of fields) {
		for (const stem of texts.flatMap(stems)) if (!labelled.has(stem)) labelled.set(stem, field);
	}
	const body = new Map<string, number>();
	for (const stem of stems(article.body)) body.set(stem, (body.get(stem) ?? 0) + 1);
	const phrases = [article.title, ...article.keywords, ...article.headings].map((text) => new Set(groupKey(text, article.locale).split(' ')));
	return { indexed: { article, labelled, body, phrases }, words };
}

/** The strongest field of an article holding a stem, or null. */
export function fieldOf(indexed: IndexedArticle, stem: string): Field | null {
	return indexed.labelled.get(stem) ?? (indexed.body.has(stem) ? 'body' : null);
}

/** A path without its section anchor or query, with a trailing slash: how result links meet article URLs. */
export function pagePath(path: string): string {
	const bare = path.replace(/[?#].*$/, '');
	return bare.endsWith('/') ? bare : `${bare}/`;
}
