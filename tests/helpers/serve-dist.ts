import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler } from '../../src/site/static-site.ts';

/** Serves a built site with the project's own static server on 127.0.0.1 and a free port. */
export async function serveDist(dir: string, base: string, locales: string[]): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
	const handle = createStaticHandler({ dir, base, locales });
	// A rejection is left to vitest, which fails the run with its stack.
	const server = createServer((request, response) => void handle(request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
