import type { AddressInfo } from 'node:net';
import { createHelpCenterServer } from '../../src/server/help-center-server.ts';

/**
 * What `npm start` serves for the built site at `root` (pages with their `_headers`, and the
 * collector writing to `db`, with any other `DESTEK_*` settings in `env`), listening on 127.0.0.1
 * and a free port.
 */
export async function startHelpCenter(root: string, db: string, env: NodeJS.ProcessEnv = {}) {
	const site = await createHelpCenterServer({ root, env: { DESTEK_DB: db, ...env } });
	await new Promise<void>((done) => site.server.listen(0, '127.0.0.1', done));
	return { site, origin: `http://127.0.0.1:${(site.server.address() as AddressInfo).port}` };
}
