import { describe, expect, it } from 'vitest';
import { headersFile, parseHeadersFile } from './security-headers.ts';

/** The Cache-Control a host reading `_headers` sends for `path` (every matching rule merged). */
function cacheControl(base: string, path: string): string | undefined {
	const rules = parseHeadersFile(headersFile({ base }));
	return rules.filter((rule) => rule.pattern.test(path)).reduce<string | undefined>((found, rule) => rule.headers['Cache-Control'] ?? found, undefined);
}

describe('caching in _headers', () => {
	// File names as Pagefind 1.6 writes them (tests/.output/bench-*/site/dist/pagefind/).
	const hashed = [
		'_astro/search-element.B9yevji1.js',
		'pagefind/index/tr_171224f.pf_index',
		'pagefind/fragment/tr_f1d57c7.pf_fragment',
		'pagefind/filter/tr_0a1b2c3.pf_filter',
		'pagefind/pagefind.tr_e7af3c2379.pf_meta',
	];
	const unhashed = ['tr/', 'tr/iade/iade-0001/', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.tr.pagefind', 'pagefind/pagefind-ui.js'];

	it('caches files named by their content for a year', () => {
		for (const base of ['/', '/help/'])
			for (const path of hashed) expect(cacheControl(base, `${base}${path}`), path).toBe('public, max-age=31536000, immutable');
	});

	it("leaves pages and Pagefind's unhashed files to the host's revalidating default", () => {
		for (const base of ['/', '/help/']) for (const path of unhashed) expect(cacheControl(base, `${base}${path}`), path).toBeUndefined();
	});

	it("lets browsers keep Pagefind's entry file, asked for under the build's tag, for five minutes and CDNs not at all", () => {
		for (const base of ['/', '/help/']) expect(cacheControl(base, `${base}pagefind/pagefind-entry.json`)).toBe('public, max-age=300, s-maxage=0');
	});
});
