import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { startCollector } from './collector/collector-from-config.ts';
import { loadSiteSettings } from '../site/site-settings.ts';
import { createStaticHandler } from '../site/static-site.ts';
import { limitSlowClients } from './server-limits.ts';

/**
 * What `npm start` serves: the built site, and on the same port the collector for
 * `POST <base>api/search-events`, so a fresh clone records unanswered searches out of the box.
 */
export async function createHelpCenterServer({ root, dist = join(root, 'dist'), env = process.env }: { root: string; dist?: string; env?: NodeJS.ProcessEnv }) {
	// The base `dist` was built for: `npm run build -- --base /docs/` serves under /docs/ although the config names no base.
	const settings = await loadSiteSettings(root, dist);
	const collector = startCollector(root, settings, env);
	const serveSite = createStaticHandler({ dir: dist, base: settings.base, locales: settings.locales });
	const answer = async (request: IncomingMessage, response: ServerResponse) => {
		if (!(await collector.handle(request, response))) await serveSite(request, response);
	};
	const server = limitSlowClients(
		createServer((request, response) => {
			// A request no handler expected (`GET http://[`, a target no URL parser reads) answers 500
			// instead of ending the process with an unhandled rejection.
			answer(request, response).catch((error: unknown) => {
				console.error(`Could not answer ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
				if (response.headersSent) response.destroy();
				else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error');
			});
		}),
	);
	return {
		server,
		settings,
		collector,
		close: () => new Promise<void>((done) => server.close(() => done())).then(() => collector.close()),
	};
}
