// Pagefind's floor for a query: the bytes no site built on the same index can avoid before showing
// `shown` results, with the site's ranking weights (`ranking`), so that both show the same results. Pagefind itself is asked, alone in a blank page of the same origin (no site code,
// no worker), to search and load the shown results; what it fetched is pagefind.js, the entry file,
// the language's WebAssembly and meta, the index chunk(s) holding the words and one fragment per
// result. Sizes are as the bench server sends them: gzip for text, as a host would, and Pagefind's
// binaries as they are (gzip already).

/** The kind of a Pagefind file, from its name. */
export function pagefindFileKind(url) {
	const name = new URL(url, 'http://x').pathname.replace(/^.*\//, '');
	if (name === 'pagefind.js') return 'js';
	if (name === 'pagefind-entry.json') return 'entry';
	if (name.startsWith('wasm.')) return 'wasm';
	if (name.endsWith('.pf_meta')) return 'meta';
	if (name.endsWith('.pf_index')) return 'index';
	if (name.endsWith('.pf_fragment')) return 'fragment';
	if (name.endsWith('.pf_filter')) return 'filter';
	return 'other';
}

/** Sums the files Pagefind needed, by kind. `files`: `{ url, bytes, gzipBytes }`. */
export function floorOf(files) {
	const byKind = {};
	for (const file of files) {
		const kind = pagefindFileKind(file.url);
		byKind[kind] = (byKind[kind] ?? 0) + file.gzipBytes;
	}
	return { requests: files.length, gzipBytes: files.reduce((total, f) => total + f.gzipBytes, 0), byKind };
}

/** Runs Pagefind alone for `query` in `locale`, loading the data of `shown` results. */
export async function searchFloor(browser, server, { bundle = '/pagefind/', locale, query, shown = 5, ranking }) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const blank = `${server.origin}/__bench-floor__`;
		await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${locale}"><title>floor</title></html>` }));
		await page.goto(blank);
		const before = server.log.length;
		const results = await page.evaluate(
			async ({ bundle, query, shown, ranking }) => {
				const pagefind = await import(`${bundle}pagefind.js`);
				await pagefind.options({ basePath: bundle, noWorker: true, ...(ranking ? { ranking } : {}) });
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
				return search.results.length;
			},
			{ bundle, query, shown, ranking },
		);
		await page.waitForTimeout(200);
		const files = server.log
			.slice(before)
			.filter((r) => r.url.includes(bundle))
			.map((r) => ({ url: r.url, gzipBytes: r.bytes }));
		return { query, results, shown: Math.min(shown, results), ...floorOf(files), files: files.map((f) => `${f.url.replace(/^.*\//, '')} ${f.gzipBytes}`) };
	} finally {
		await context.close();
	}
}
