/**
 * Where a search result opened in this tab is remembered (see result-return.ts). On its own so the
 * script every page loads (destek-search.ts) can look for it without loading the rest.
 */
export const OPENED_RESULT_KEY = 'destek:opened-result';
