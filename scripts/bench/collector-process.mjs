// `npm run collector` in its own process, for the load tests and benchmarks, on a SQLite file or a
// postgres:// URL (DESTEK_DATABASE_URL): the per-client rate limit is lifted, since every client
// there shares one address. What it writes to stderr is kept for the caller (log()).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './corpus-site.mjs';

/** @param {string} database a SQLite file or a postgres:// URL */
export async function startCollectorProcess(database, port) {
	port ??= await freePort();
	const store = /^postgres(ql)?:\/\//.test(database) ? { DESTEK_DATABASE_URL: database } : { DESTEK_DB: database };
	const env = { ...process.env, PORT: String(port), DESTEK_RATE_LIMIT: '1000000000', ...store };
	if (!store.DESTEK_DATABASE_URL) delete env.DESTEK_DATABASE_URL;
	const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'collector.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stderr.on('data', (chunk) => (log += chunk));
	await new Promise((ready, fail) => {
		child.stdout.on('data', (chunk) => chunk.toString().includes('Collector:') && ready());
		child.on('exit', (code) => fail(new Error(`the collector exited with ${code}: ${log.trim()}`)));
	});
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		/** What the collector wrote to stderr so far. */
		log: () => log,
		kill: () => child.kill('SIGKILL'),
		stop: () => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : (child.on('exit', done), child.kill('SIGTERM')))),
	};
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}
