// Runs the search-event collector alone (production, behind a proxy): POST <base>api/search-events
// on PORT (default 4322), stored in PostgreSQL when DESTEK_DATABASE_URL is set, else in
// data/analytics.sqlite (DESTEK_DB). Several processes may share one PostgreSQL database. Other origins that may post:
// analytics.allowedOrigins in astro.config.mjs or DESTEK_ALLOWED_ORIGINS=https://help.example.com
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { readCollectorCommandLine } from '../src/collector/collector-cli.ts';
import { CollectorVarsError } from '../src/collector/collector-vars.ts';
import { startCollector } from '../src/server/collector/collector-from-config.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { limitSlowClients } from '../src/server/server-limits.ts';

const root = resolve(import.meta.dirname, '..');
// `--help`, or a flag where the settings are environment variables: said before anything starts.
const exitCode = await readCollectorCommandLine(process.argv.slice(2), { root });
if (exitCode !== null) process.exit(exitCode);
const settings = await loadSiteSettings(root);
const port = Number(process.env.PORT ?? 4322);
const host = process.env.HOST ?? '127.0.0.1';
let collector;
try {
	collector = startCollector(root, settings);
} catch (error) {
	// A DESTEK_* variable that cannot be read: its message says which and what to write.
	if (!(error instanceof CollectorVarsError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const server = limitSlowClients(
	createServer(async (request, response) => {
		if (!(await collector.handle(request, response))) response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
	}),
);
server.on('error', (error) => {
	console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set another one with PORT=4323 npm run collector` : error.message);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Collector: http://${host}:${port}${collector.path} → ${collector.where}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => collector.close().then(() => process.exit(0))));
}
