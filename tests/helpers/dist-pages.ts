import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Every HTML file of a built site, by its path inside `dist/` (`tr/iade/index.html`). */
export async function listHtmlFiles(dist: string): Promise<string[]> {
	const entries = await readdir(dist, { recursive: true });
	return entries.filter((entry) => entry.endsWith('.html')).map((entry) => entry.replaceAll('\\', '/')).sort();
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
