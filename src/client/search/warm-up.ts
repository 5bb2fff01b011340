import { pagefindFiles } from '../../search/pagefind-files.ts';
import { pagefindOptions, type PagefindBundle } from '../../search/pagefind-options.ts';
import { PagefindWorker } from './pagefind-worker.ts';

/** What the page reads of Pagefind's entry file. */
interface PagefindEntry {
	languages: Record<string, { page_count: number }>;
}

let entry: Promise<PagefindEntry> | undefined;

/** Pagefind's entry file, fetched once (the worker finds the same in the browser's cache). */
export function pagefindEntry(bundle: PagefindBundle): Promise<PagefindEntry> {
	entry ??= fetch(pagefindFiles.entry(bundle.url, bundle.indexTag)).then((response) => {
		if (!response.ok) throw new Error(`${response.status} for Pagefind's entry file`);
		return response.json() as Promise<PagefindEntry>;
	});
	entry.catch(() => (entry = undefined));
	return entry;
}

/** The Pagefind bundle a search box names (SearchBox.astro's `data-bundle` and `data-index-tag`). */
export function searchBundle(box: HTMLElement): PagefindBundle | undefined {
	const { bundle: url, indexTag } = box.dataset;
	return url && indexTag ? { url, indexTag } : undefined;
}

/**
 * One Pagefind worker per language: the page's, and the default language's when its results are
 * offered. A worker loads the WebAssembly of the first language it opens, with that language's
 * word stemmer, and stems every later language's words with it: Turkish `vazgeçtim` searched as
 * English missed `vazgeçtiyseniz`.
 */
const workers = new Map<string, PagefindWorker>();

/** A language's Pagefind worker, started now unless reaching for the search started it. */
export function pagefindWorker(bundle: PagefindBundle, language: string): PagefindWorker {
	let worker = workers.get(language);
	if (!worker) workers.set(language, (worker = new PagefindWorker(pagefindFiles.worker(bundle.url))));
	return worker;
}

/**
 * Once the visitor reaches for a search box, starts everything the first search needs at once
 * rather than one after the other: while the search element loads, Pagefind's worker starts
 * loading the page's index, and the entry file it asks for first is fetched by the page, so the
 * worker finds it in the browser's cache (its URL is fixed per build, and hosts let browsers keep
 * it for five minutes: src/hosting/security-headers.ts). Then the language's meta and WebAssembly,
 * then what the query needs: four round trips in all.
 */
export function warmUpSearch(box: HTMLElement): void {
	const bundle = searchBundle(box);
	const { locale } = box.dataset;
	if (!bundle || !locale || workers.has(locale)) return;
	pagefindEntry(bundle).catch(() => undefined); // the worker asks again, and says what failed
	try {
		pagefindWorker(bundle, locale).prepare(pagefindOptions(bundle, locale));
	} catch {
		// No worker here (blocked): the search element searches on the page instead.
	}
}
