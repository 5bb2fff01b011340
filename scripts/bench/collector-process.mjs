// `npm run collector` in its own process on a given SQLite file, for the load tests and benchmarks:
// the per-client rate limit is lifted, since every client there shares one address.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './corpus-site.mjs';

export async function startCollectorProcess(db, port = 4500 + Math.floor(Math.random() * 400)) {
	const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'collector.mjs')], {
		env: { ...process.env, DESTEK_DB: db, PORT: String(port), DESTEK_RATE_LIMIT: '1000000000' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise((ready, fail) => {
		child.stdout.on('data', (chunk) => chunk.toString().includes('Collector:') && ready());
		child.on('exit', (code) => fail(new Error(`the collector exited with ${code}`)));
	});
	return {
		port,
		kill: () => child.kill('SIGKILL'),
		stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.on('exit', done), child.kill('SIGTERM')))),
	};
}
