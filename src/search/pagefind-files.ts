/**
 * Where Pagefind's files are, for the loader and for the hints that fetch them early: the same
 * URLs, or the early fetches would be wasted. Pagefind asks for its entry file with `?ts=`; with
 * `metaCacheTag` set to the build's tag that URL is known before Pagefind runs.
 */
export const pagefindFiles = {
	runtime: (bundle: string) => `${bundle}pagefind.js`,
	worker: (bundle: string) => `${bundle}pagefind-worker.js`,
	entry: (bundle: string, indexTag: string) => `${bundle}pagefind-entry.json?ts=${indexTag}`,
};
