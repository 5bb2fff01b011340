import type { PagefindHit, PagefindSearch } from './search-types.ts';

/** Searches kept per language: the words of a few queries, each asked several times. */
const REMEMBERED = 64;

/** A result's data, asked for by ranking, rarity and display alike, is loaded and built once. */
function loadDataOnce(hit: PagefindHit): PagefindHit {
	let data: ReturnType<PagefindHit['data']> | undefined;
	return {
		...hit,
		data: () => {
			if (!data) {
				const loading = (data = hit.data());
				loading.catch(() => data === loading && (data = undefined)); // asked again next time
			}
			return data;
		},
	};
}

/**
 * Pagefind with a memory of its last searches. One query asks Pagefind the same thing several
 * times (the whole query, each word alone for its rarity, the article count), and a customer
 * typing on asks it again for every word already typed; each answer costs a WebAssembly search
 * over the language's whole index (milliseconds on a phone at 5,000 articles). The index never
 * changes while a page is open, so an answer stays true. Each result's `data()` is kept too:
 * Pagefind caches the fragment, but builds its excerpts again on every call.
 */
export function rememberSearches(pagefind: PagefindSearch): PagefindSearch {
	const answers = new Map<string, ReturnType<PagefindSearch['search']>>();
	return {
		...pagefind,
		search(term, options) {
			const key = JSON.stringify([term, options?.filters ?? null]);
			let answer = answers.get(key);
			if (answer) {
				// Most recently used last: the oldest is forgotten first.
				answers.delete(key);
			} else {
				const asked = (answer = pagefind.search(term, options).then((found) => found && { ...found, results: found.results.map(loadDataOnce) }));
				// Asked again next time, not failed for good.
				asked.catch(() => answers.get(key) === asked && answers.delete(key));
				if (answers.size >= REMEMBERED) answers.delete(answers.keys().next().value!);
			}
			answers.set(key, answer);
			return answer;
		},
	};
}
