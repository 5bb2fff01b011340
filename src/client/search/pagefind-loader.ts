import type { PagefindSearch } from '../../search/find-articles.ts';

/** Pagefind's instance, with what the element uses besides searching. */
export interface PagefindInstance extends PagefindSearch {
	options(options: Record<string, unknown>): Promise<void>;
	/** Fetches the index chunks a term needs, without searching (while the visitor types). */
	preload(term: string): Promise<void>;
}

interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindInstance;
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

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * Loads Pagefind only when asked (the search box got focus or a pointer), once per language: the
 * page's own, and the default locale's when its results are offered because nothing was found.
 */
export function loadPagefind(bundleUrl: string, language: string): Promise<PagefindInstance> {
	let instance = instances.get(language);
	if (!instance) {
		instance = createSearch(bundleUrl, language);
		instances.set(language, instance);
		instance.catch(() => instances.delete(language));
	}
	return instance;
}

async function createSearch(bundleUrl: string, language: string): Promise<PagefindInstance> {
	const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
	// Pagefind picks the index from <html lang> when an instance is created (synchronously), so
	// another language's instance is created with that lang set for a moment.
	const html = document.documentElement;
	const own = html.lang;
	html.lang = language;
	// In Pagefind's web worker: on the main thread its WebAssembly search of 1,000 articles blocked
	// typing for up to 670 ms on a 4× slowed CPU, against 300 ms in the worker (issue #14).
	const instance = pagefind.createInstance({ basePath: bundleUrl });
	html.lang = own;
	await instance.options({ ranking: RANKING, excerptLength: 22 });
	return instance;
}
