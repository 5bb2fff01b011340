// What precompressed brotli would save over what hosts send anyway, per kind of file a reader
// downloads: gzip -6 (a host compressing on the fly: nginx's `gzip on` uses level 1, CDNs about 6),
// gzip -9 (`gzip_static` files) and brotli -11 (`brotli_static` files), brotli -5 for comparison
// with CDNs that compress to brotli on the fly. Pagefind's index, fragment, meta and WebAssembly
// files are gzip streams already: compressing them again gains nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const brotli = (data, quality) =>
	brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;

/** Sizes of one set of files, raw and compressed each way. */
export function compressedSizes(buffers) {
	const total = (measure) => buffers.reduce((sum, data) => sum + measure(data), 0);
	return {
		files: buffers.length,
		raw: total((d) => d.length),
		gzip1: total((d) => gzipSync(d, { level: 1 }).length),
		gzip6: total((d) => gzipSync(d, { level: 6 }).length),
		gzip9: total((d) => gzipSync(d, { level: 9 }).length),
		brotli5: total((d) => brotli(d, 5)),
		brotli11: total((d) => brotli(d, 11)),
	};
}

/**
 * Per kind, for a built Destek site: one article page's HTML (`articlePage`, a path under dist),
 * every script and stylesheet in `_astro/`, Pagefind's JavaScript, the language's WebAssembly and
 * meta, and up to 20 index and fragment files of the language.
 */
export function compressionByKind(dist, { articlePage, locale }) {
	const pagefind = join(dist, 'pagefind');
	const read = (...parts) => readFileSync(join(...parts));
	const astro = readdirSync(join(dist, '_astro'));
	const sample = (folder, prefix) =>
		readdirSync(join(pagefind, folder))
			.filter((f) => f.startsWith(prefix))
			.slice(0, 20)
			.map((f) => read(pagefind, folder, f));
	const kinds = {
		'article HTML': [read(dist, articlePage)],
		'site JS (_astro/*.js)': astro.filter((f) => f.endsWith('.js')).map((f) => read(dist, '_astro', f)),
		'site CSS (_astro/*.css)': astro.filter((f) => f.endsWith('.css')).map((f) => read(dist, '_astro', f)),
		'pagefind.js': [read(pagefind, 'pagefind.js')],
		'pagefind-worker.js': [read(pagefind, 'pagefind-worker.js')],
		[`wasm.${locale}.pagefind`]: [read(pagefind, `wasm.${locale}.pagefind`)],
		[`${locale} pf_meta`]: readdirSync(pagefind)
			.filter((f) => f.startsWith(`pagefind.${locale}_`) && f.endsWith('.pf_meta'))
			.map((f) => read(pagefind, f)),
		'pf_index (20)': sample('index', `${locale}_`),
		'pf_fragment (20)': sample('fragment', `${locale}_`),
	};
	return Object.fromEntries(Object.entries(kinds).map(([kind, buffers]) => [kind, compressedSizes(buffers)]));
}
