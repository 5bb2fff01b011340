/**
 * On the search page the language menu's links carry the query (`?q=`), so a customer who
 * switches language mid-search sees the results again in the other language.
 */
export function putQueryInLanguageLinks(query: string): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-list a[hreflang]')) {
		const url = new URL(link.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		link.setAttribute('href', url.pathname + url.search + url.hash);
	}
}
