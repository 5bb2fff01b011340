import type { ViteDevServer } from 'vite';
import { createStaticHandler } from '../site/static-site.ts';

/**
 * The search index is written by `npm run build`. The dev server serves the last build's index
 * (from `dist/pagefind/`) with the project's static server, so search can be tried while writing;
 * new articles appear after a build.
 */
export function serveBuiltSearchIndex(server: ViteDevServer, dist: string, base: string): void {
	const prefix = `${base}pagefind/`;
	const serve = createStaticHandler({ dir: dist, base, locales: [] });
	server.middlewares.use((request, response, next) => (request.url?.startsWith(prefix) ? void serve(request, response) : next()));
}
