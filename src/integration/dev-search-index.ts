import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { ViteDevServer } from 'vite';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * The search index is written by `npm run build`. The dev server serves the last build's index
 * (from `dist/pagefind/`), so search can be tried while writing; new articles appear after a build.
 */
export function serveBuiltSearchIndex(server: ViteDevServer, dist: string, base: string): void {
	const prefix = `${base}pagefind/`;
	const root = join(dist, 'pagefind');
	server.middlewares.use(async (request, response, next) => {
		const path = request.url?.split('?')[0] ?? '';
		if (!path.startsWith(prefix)) return next();
		const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
		if (!file.startsWith(root + sep)) return next();
		try {
			const body = await readFile(file);
			response.setHeader('content-type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
			response.end(body);
		} catch {
			next();
		}
	});
}
