/**
 * The build's tag for Pagefind's entry file (`pagefind-entry.json?ts=<tag>`), written into every
 * page. A new build gets a new tag, so no cache anywhere (a host without Cache-Control, a CDN)
 * serves the entry of an older index, whose files are gone; within one build the URL is fixed, so
 * the page can fetch it before Pagefind asks (src/client/search/warm-up.ts).
 */
export const INDEX_TAG = Date.now().toString(36);
