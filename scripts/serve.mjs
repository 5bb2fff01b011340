// Serves the built help center (dist/) on http://localhost:4321 (PORT and HOST override) and
// records search events posted to <base>api/search-events in data/analytics.sqlite (DESTEK_DB), or
// in PostgreSQL when DESTEK_DATABASE_URL=postgres://… is set.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CollectorVarsError } from '../src/collector/collector-vars.ts';
import { createHelpCenterServer } from '../src/server/help-center-server.ts';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'dist'))) {
	console.error('dist/ does not exist yet: run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const { server, settings, collector, close } = await createHelpCenterServer({ root }).catch((error) => {
	// A DESTEK_* variable that cannot be read: its message says which and what to write.
	if (!(error instanceof CollectorVarsError)) throw error;
	console.error(error.message);
	process.exit(1);
});
server.on('error', (error) => {
	console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set another one with PORT=4322 npm start` : error.message);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Help center: http://localhost:${port}${settings.base}`);
	console.log(`Search events are stored in ${collector.where}; npm run report shows what customers did not find.`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
