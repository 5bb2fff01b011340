import type { PagefindSearch } from '../../search/search-types.ts';
import { pagefindFiles } from '../../search/pagefind-files.ts';
import { rememberSearches } from '../../search/remembered-searches.ts';
import { pagefindOptions, type PagefindBundle, type PagefindOptions } from '../../search/pagefind-options.ts';
import { WorkerUnavailable } from './pagefind-worker.ts';
import { pagefindEntry, pagefindWorker } from './warm-up.ts';

interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindSearch;
}

const instances = new Map<string, Promise<PagefindSearch>>();

/**
 * Loads Pagefind only when asked (the search box got focus or a pointer), once per language: the
 * page's own, and the default locale's when its results are offered because nothing was found.
 * Resolves once the language's index is loaded, so that a query typed past while it loaded is
 * dropped before anything is asked for it (Pagefind would otherwise queue every prefix and run
 * them all when ready).
 */
export function loadPagefind(bundle: PagefindBundle, language: string): Promise<PagefindSearch> {
	let instance = instances.get(language);
	if (!instance) {
		const created = createSearch(bundle, language).then((pagefind) => ({
			...pagefind,
			// An index that could not be loaded (offline, blocked) is loaded afresh on the next search.
			search: (...args: Parameters<PagefindSearch['search']>) =>
				pagefind.search(...args).catch((error: unknown) => {
					if (instances.get(language) === created) instances.delete(language);
					throw error;
				}),
		}));
		instance = created;
		instances.set(language, created);
		created.catch(() => instances.delete(language));
	}
	return instance;
}

/**
 * Pagefind in its web worker, where loading the index and searching it never hold up typing; on
 * the main thread (with `pagefind.js`) only where the worker cannot start.
 */
async function createSearch(bundle: PagefindBundle, language: string): Promise<PagefindSearch> {
	const options = pagefindOptions(bundle, language);
	// The article count word rarity needs is in the entry file: no search lists every page for it.
	const pageCount = () =>
		pagefindEntry(bundle).then(
			({ languages }) => (languages[language] ?? languages[language.split('-')[0]!])?.page_count,
			() => undefined,
		);
	let pagefind: PagefindSearch;
	try {
		pagefind = await indexLoaded(await pagefindWorker(bundle, language).open(options));
	} catch (error) {
		if (!(error instanceof WorkerUnavailable)) throw error; // the index itself failed: said to the customer
		pagefind = await indexLoaded(await onMainThread(bundle, options));
	}
	return rememberSearches({ search: (term, searchOptions) => pagefind.search(term, searchOptions), pageCount });
}

/** Resolves once the index is in: an empty search waits for it (in Pagefind) and searches nothing. */
async function indexLoaded(pagefind: PagefindSearch): Promise<PagefindSearch> {
	await pagefind.search('');
	return pagefind;
}

async function onMainThread(bundle: PagefindBundle, options: PagefindOptions): Promise<PagefindSearch> {
	// One copy of pagefind.js per language, for the reason there is one worker per language (warm-up.ts).
	const pagefind = (await import(/* @vite-ignore */ `${pagefindFiles.runtime(bundle.url)}?language=${encodeURIComponent(options.language)}`)) as PagefindModule;
	// Pagefind picks the index from <html lang> when an instance is created (synchronously), so
	// another language's instance is created with that lang set for a moment.
	const html = document.documentElement;
	const own = html.lang;
	html.lang = options.language;
	const instance = pagefind.createInstance({ ...options, noWorker: true });
	html.lang = own;
	return instance;
}
