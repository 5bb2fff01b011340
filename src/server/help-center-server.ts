import { createServer } from 'node:http';
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
	const server = limitSlowClients(
		createServer(async (request, response) => {
			if (!(await collector.handle(request, response))) await serveSite(request, response);
		}),
	);
	return {
		server,
		settings,
		collector,
		close: () =>
			new Promise<void>((done) => server.close(() => done())).then(() => collector.close()),
	};
}
