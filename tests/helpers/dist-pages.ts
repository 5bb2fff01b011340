import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Every HTML file of a built site, by its path inside `dist/` (`tr/iade/index.html`). */
export async function listHtmlFiles(dist: string): Promise<string[]> {
	const entries = await readdir(dist, { recursive: true });
	return entries
		.filter((entry) => entry.endsWith('.html'))
		.map((entry) => entry.replaceAll('\\', '/'))
		.sort();
}

export async function readPage(dist: string, path: string): Promise<Root> {
	return fromHtml(await readFile(join(dist, path), 'utf8'));
}

/** The `dist/` file a URL path is served from (`/help/tr/` → `tr/index.html`), or null outside the base. */
export function fileForUrlPath(pathname: string, base: string): string | null {
	if (!pathname.startsWith(base)) return null;
	const inside = decodeURIComponent(pathname.slice(base.length));
	if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
	return inside;
}

export function relativeTo(dist: string, file: string): string {
	return relative(dist, file).replaceAll('\\', '/');
}

/**
 * Crawls every page of a built site served at `origin` + `base`: links, stylesheets, scripts, images
 * and forms of the same origin that lead outside the base or to no file. Returns `page: url` lines.
 */
export async function brokenLinks(dist: string, base: string, origin = 'https://help.example.com'): Promise<string[]> {
	const broken: string[] = [];
	for (const file of await listHtmlFiles(dist)) {
		const tree = await readPage(dist, file);
		const pageUrl = new URL(`${origin}${base}${file.replace(/index\.html$/, '')}`);
		for (const element of selectAll('a[href], link[href], script[src], img[src], form[action]', tree)) {
			const raw = String(element.properties.href ?? element.properties.src ?? element.properties.action);
			const url = new URL(raw, pageUrl);
			if (url.origin !== pageUrl.origin || element.properties.rel?.toString() === 'alternate') continue;
			const target = fileForUrlPath(url.pathname, base);
			if (target === null || !existsSync(join(dist, target))) broken.push(`${file}: ${raw}`);
		}
	}
	return broken;
}
