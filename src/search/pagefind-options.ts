/** Pagefind's options for one language's index (what its `createInstance` takes). */
export interface PagefindOptions {
	basePath: string;
	language: string;
	/** The build's tag (src/search/index-tag.ts): the entry file's URL is `pagefind-entry.json?ts=<tag>`. */
	metaCacheTag: string;
	ranking: Record<string, number>;
	excerptLength: number;
}

/**
 * Pagefind's ranking weights: they choose which results src/search/rank-hits.ts re-ranks (the first
 * five) and settle its ties. On tests/search-quality/, recall@1 after re-ranking with these weights
 * is tr 100%, en 99.0%, de 100% (Pagefind's own order: 87.2%, 93.2%, 92.2%); Pagefind's defaults
 * give the same, Starlight's (termSimilarity 9, termSaturation 2, termFrequency 0.1) 99.1%,
 * 98.1%, 100%; recall@3 100% with all three. Pagefind's defaults otherwise, with a weak
 * preference for short pages.
 */
export const RANKING = { termSimilarity: 1.0, pageLength: 0.1, termSaturation: 1.4, termFrequency: 1.0 };

/** The page's Pagefind bundle (SearchBox.astro's `data-bundle` and `data-index-tag`). */
export interface PagefindBundle {
	url: string;
	indexTag: string;
}

/** The same options wherever Pagefind starts: in the worker started early, or later. */
export function pagefindOptions(bundle: PagefindBundle, language: string): PagefindOptions {
	return { basePath: bundle.url, language, metaCacheTag: bundle.indexTag, ranking: RANKING, excerptLength: 22 };
}
