import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCollectorPath, type Collector } from '../../collector/collector.ts';
import { sendWebResponse, toWebRequest } from './node-request.ts';

/**
 * The collector on a Node server: answers requests for `path` and returns false for any other,
 * so it can share a server with the static site.
 */
export function nodeCollectorHandler(collect: Collector, path: string, { trustProxy = false }: { trustProxy?: boolean } = {}) {
	return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
		if (!isCollectorPath(new URL(request.url ?? '/', 'http://localhost').pathname, path)) return false;
		await sendWebResponse(request, response, await collect(toWebRequest(request), { address: clientAddress(request, trustProxy) }));
		return true;
	};
}

/** Behind a proxy the client is the first `X-Forwarded-For` address; it is never stored. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
	const forwarded = trustProxy
		? String(request.headers['x-forwarded-for'] ?? '')
				.split(',')[0]!
				.trim()
		: '';
	return forwarded || request.socket.remoteAddress || 'unknown';
}
