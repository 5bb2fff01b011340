// The shapes search passes between its modules (and to the browser code that shows results),
// apart from the modules that compute them, so those can import each other's types without cycles.

/** The part of Pagefind's JS API the search uses. */
export interface PagefindSearch {
	/** `null` lists every page (matching the filters). */
	search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindHit[] } | null>;
	/** How many pages the language's index holds, where that is known without a search. */
	pageCount?(): Promise<number | undefined>;
}
export interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string } | undefined;
	locations: number[];
}
export interface PagefindResultData {
	url: string;
	/** The indexed text; `locations` are indexes of its words that matched. */
	content: string;
	locations: number[];
	/** The article's headings, each at the index of its first word in `content`. */
	anchors?: Array<{ text?: string | undefined; location: number }> | undefined;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}

/** A meaningful word of the query and how the index knows it. */
export interface QueryWord {
	/** As typed (normalized). */
	word: string;
	/** As found: the word itself, a typo corrected, or null when no article has it. */
	spelling: string | null;
}

export interface RankedHit {
	hit: PagefindHit;
	/** The page contains every word of the (corrected) query. */
	complete: boolean;
	/** How many of the query's meaningful words the page contains. */
	matchedWords: number;
	score: number;
}
