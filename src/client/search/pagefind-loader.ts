import type { PagefindSearch } from '../../search/find-articles.ts';

interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindSearch & { options(options: Record<string, unknown>): Promise<void> };
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

const instances = new Map<string, Promise<PagefindSearch>>();

/**
 * Loads Pagefind only when asked (the search box got focus or a pointer), once per language: the
 * page's own, and the default locale's when its results are offered because nothing was found.
 */
export function loadPagefind(bundleUrl: string, language: string): Promise<PagefindSearch> {
	let instance = instances.get(language);
	if (!instance) {
		instance = createSearch(bundleUrl, language);
		instances.set(language, instance);
		instance.catch(() => instances.delete(language));
	}
	return instance;
}

async function createSearch(bundleUrl: string, language: string): Promise<PagefindSearch> {
	const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
	// Pagefind picks the index from <html lang> when an instance is created (synchronously), so
	// another language's instance is created with that lang set for a moment.
	const html = document.documentElement;
	const own = html.lang;
	html.lang = language;
	// No web worker: a search takes milliseconds on the main thread, and the worker script alone
	// would add 12 kB (gzip) to the first query.
	const instance = pagefind.createInstance({ basePath: bundleUrl, noWorker: true });
	html.lang = own;
	await instance.options({ ranking: RANKING, excerptLength: 22 });
	return instance;
}
