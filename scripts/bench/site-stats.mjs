// Static figures of a built Destek site: total and Pagefind bytes, and what one article page costs
// (its HTML and the CSS/JS it loads before anyone searches, raw and gzip).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export function siteStats(dist, locales) {
	const files = readdirSync(dist, { recursive: true })
		.map((f) => join(dist, f))
		.filter((f) => statSync(f).isFile());
	const bytes = (list) => list.reduce((total, f) => total + statSync(f).size, 0);
	const articlePages = locales.flatMap((locale) =>
		readdirSync(join(dist, locale), { recursive: true })
			.filter((f) => f.endsWith('index.html') && f.split('/').length === 3 && !f.startsWith('search/'))
			.map((f) => join(dist, locale, f)),
	);
	const htmlSizes = articlePages.map((f) => statSync(f).size).sort((a, b) => a - b);
	const median = articlePages.find((f) => statSync(f).size === htmlSizes[Math.floor(htmlSizes.length / 2)]);
	return {
		htmlPages: files.filter((f) => f.endsWith('.html')).length,
		distBytes: bytes(files),
		searchIndexBytes: bytes(files.filter((f) => f.includes(`${join(dist, 'pagefind')}/`))),
		articlePages: articlePages.length,
		articleHtmlBytes: { median: htmlSizes[Math.floor(htmlSizes.length / 2)], max: htmlSizes.at(-1) },
		medianArticlePage: pageWeight(dist, median),
	};
}

/** One page: its HTML, the stylesheets it links and the module scripts it loads, imports followed. */
export function pageWeight(dist, file) {
	const html = readFileSync(file);
	const text = html.toString();
	const local = (href) => (href.startsWith('/') ? join(dist, href.split(/[?#]/)[0]) : null);
	const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => local(m[1])).filter(Boolean);
	const js = new Set();
	const follow = (path) => {
		if (!path || js.has(path)) return;
		js.add(path);
		for (const m of readFileSync(path, 'utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) follow(join(posix.dirname(path), m[1]));
	};
	for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) follow(local(m[1]));
	const weigh = (paths) => ({
		bytes: paths.reduce((t, p) => t + statSync(p).size, 0),
		gzipBytes: paths.reduce((t, p) => t + gzipSync(readFileSync(p), { level: 6 }).length, 0),
	});
	return {
		page: file.slice(dist.length),
		words: text
			.replace(/<[^>]+>/g, ' ')
			.split(/\s+/)
			.filter(Boolean).length,
		html: { bytes: html.length, gzipBytes: gzipSync(html, { level: 6 }).length },
		css: weigh(css),
		js: weigh([...js]),
	};
}
