// Serves the built help center (dist/) on http://localhost:4321 (PORT and HOST override) and
// records search events posted to <base>api/search-events in data/analytics.sqlite (DESTEK_DB).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startCollector } from '../src/server/collector/collector-from-config.ts';
import { createStaticHandler } from '../src/server/static-site.ts';
import { loadSiteSettings } from '../src/server/site-config.ts';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, 'dist');
if (!existsSync(dir)) {
	console.error('dist/ does not exist yet: run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
const settings = await loadSiteSettings(root);
const { base, locales } = settings;
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const collector = startCollector(root, settings);
const serveSite = createStaticHandler({ dir, base, locales });
const server = createServer(async (request, response) => {
	if (!(await collector.handle(request, response))) await serveSite(request, response);
});
server.on('error', (error) => {
	console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set another one with PORT=4322 npm start` : error.message);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Help center: http://localhost:${port}${base}`);
	console.log(`Search events: ${collector.file} (npm run report shows the gaps)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () =>
		server.close(() => {
			collector.close();
			process.exit(0);
		}),
	);
}
