import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANKING } from '../../src/search/pagefind-options.ts';
import { rememberSearches } from '../../src/search/remembered-searches.ts';
import type { PagefindSearch } from '../../src/search/search-types.ts';

interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindSearch;
}

/**
 * A built site's real Pagefind index, searched in Node: the site's own `pagefind.js` and WebAssembly,
 * fetching the index and fragments from `origin` (the site served on 127.0.0.1), with the options
 * and the memory of searches the browser uses (src/client/search/pagefind-loader.ts). For tests of
 * ranking, which need no page around it.
 */
export async function pagefindInNode(dist: string, origin: string, language: string): Promise<PagefindSearch> {
	// One copy of the module per language: a second instance in the same copy searched with the
	// first one's WebAssembly (its stemmer), so Turkish words were stemmed as English.
	const pagefind = (await import(`${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?language=${language}`)) as PagefindModule;
	// Pagefind takes the index's language from <html lang> when an instance is created, synchronously.
	const global = globalThis as { document?: unknown };
	global.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
	const instance = pagefind.createInstance({ basePath: `${origin}/pagefind/`, ranking: RANKING, excerptLength: 22, noWorker: true });
	delete global.document;
	const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	await instance.search('');
	return rememberSearches({ search: (term, options) => instance.search(term, options), pageCount: async () => entry.languages[language]?.page_count });
}
