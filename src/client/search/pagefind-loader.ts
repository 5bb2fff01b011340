import type { PagefindSearch } from '../../search/find-articles.ts';

interface PagefindModule extends PagefindSearch {
	options(options: Record<string, unknown>): Promise<void>;
	createInstance(options: Record<string, unknown>): PagefindSearch & { options(options: Record<string, unknown>): Promise<void> };
}

/**
 * Pagefind ranking, tuned with the search-quality suite (tests/search-quality/): title and keyword
 * matches matter more than how often a word repeats or how long the article is.
 */
export const RANKING = { termSimilarity: 9, pageLength: 0.1, termFrequency: 0.1, termSaturation: 2 };

const instances = new Map<string, Promise<PagefindSearch>>();

/**
 * Loads Pagefind only when asked (the search box got focus or a pointer), once per language.
 * The page's own language uses Pagefind's main instance; another language (the default locale's
 * results offered when nothing is found) gets its own instance.
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
	const html = document.documentElement;
	if (html.lang === language) {
		await pagefind.options({ ranking: RANKING, excerptLength: 22 });
		return pagefind;
	}
	// Pagefind picks the index from <html lang> when an instance is created, synchronously.
	const own = html.lang;
	html.lang = language;
	const instance = pagefind.createInstance({ basePath: bundleUrl });
	html.lang = own;
	await instance.options({ ranking: RANKING, excerptLength: 22 });
	return instance;
}
