/**
 * Asks for pagefind.js as soon as the visitor reaches for a search box, beside the element's own
 * code: without the hint it is requested only once that code has run. Nothing else is hinted:
 * Pagefind's worker fetches its entry, meta and WebAssembly itself, a document's `preload` serves
 * only the document, and `prefetch` cannot help while those files are sent `no-cache` (each was
 * downloaded twice when tried, issue #14).
 */
const hinted = new Set<string>();

export function warmUp(bundleUrl: string): void {
	const href = `${bundleUrl}pagefind.js`;
	if (hinted.has(href)) return;
	hinted.add(href);
	const link = document.createElement('link');
	link.rel = 'modulepreload';
	link.href = href;
	document.head.append(link);
}
