import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeadersFile } from '../hosting/security-headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

export interface StaticSiteOptions {
	/** Absolute path of the built site (`dist/`). */
	dir: string;
	/** Astro's base path, `/` or `/help/`. */
	base: string;
	/** Locale codes, to serve `/<locale>/404.html` for missing pages inside a locale. */
	locales: string[];
}

/**
 * Serves `dist/` the way static hosts do: `/path/` → `/path/index.html`, `/path` → redirect to
 * `/path/`, and the nearest locale's 404 page for anything missing.
 */
export function createStaticHandler(options: StaticSiteOptions) {
	const { base, locales } = options;
	const dir = resolve(options.dir); // no trailing slash, so the escape check below holds
	// The headers a CDN would send (dist/_headers, written by the build): the same CSP locally.
	const headerRules = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
	const send = (response: ServerResponse, request: IncomingMessage, file: string, status: number) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		for (const rule of headerRules) if (rule.pattern.test(path)) for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
		sendFile(response, request, file, status);
	};
	return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		if (base !== '/' && (pathname === base.slice(0, -1) || !pathname.startsWith(base))) {
			if (pathname === '/' || pathname === base.slice(0, -1)) {
				response.writeHead(302, { location: base }).end();
				return;
			}
			return notFound(response, request, null);
		}
		const relativePath = pathname.slice(base.length);
		const found = await resolveFile(dir, relativePath);
		if (found === 'directory-without-slash') {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		if (!found) {
			const locale = relativePath.split('/')[0] ?? '';
			return notFound(response, request, locales.includes(locale) ? locale : null);
		}
		send(response, request, found.file, 200);
	};

	async function notFound(response: ServerResponse, request: IncomingMessage, locale: string | null) {
		const candidates = [locale && join(dir, locale, '404.html'), join(dir, '404.html')];
		for (const candidate of candidates) {
			if (candidate && (await isFile(candidate))) return send(response, request, candidate, 404);
		}
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
	}
}

/** The file a path serves, a directory named without its slash (redirected to it), or nothing. */
async function resolveFile(dir: string, relativePath: string): Promise<{ file: string } | 'directory-without-slash' | null> {
	const target = normalize(join(dir, relativePath));
	if (target !== dir && !target.startsWith(dir + sep)) return null; // no escaping dist/
	const info = await stat(target).catch(() => null);
	if (info?.isFile()) return { file: target };
	if (info?.isDirectory()) {
		if (!relativePath.endsWith('/') && relativePath !== '') return 'directory-without-slash';
		const index = join(target, 'index.html');
		return (await isFile(index)) ? { file: index } : null;
	}
	return null;
}

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null))?.isFile() ?? false;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

function sendFile(response: ServerResponse, request: IncomingMessage, file: string, status: number) {
	const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
	const cache = String(response.getHeader('cache-control') ?? (file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'));
	// Text is gzipped as every CDN does; Pagefind's index files and images are compressed already.
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	response.writeHead(status, {
		'content-type': type,
		'cache-control': cache,
		'x-content-type-options': 'nosniff',
		vary: 'accept-encoding',
		...(gzip ? { 'content-encoding': 'gzip' } : {}),
	});
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	const body = createReadStream(file);
	if (gzip) body.pipe(createGzip()).pipe(response);
	else body.pipe(response);
}
