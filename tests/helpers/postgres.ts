import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chownSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);

export interface TestPostgres {
	/** The server's default database (with the password): give each test its own with newDatabase. */
	url: string;
	/** True when the server was started here with TLS (ssl = on, a self-signed certificate for localhost). */
	tls: boolean;
	/** That certificate (PEM), to trust it as a provider's CA: NODE_EXTRA_CA_CERTS. */
	certificate?: string;
	/** Creates an empty database and returns its URL. */
	newDatabase(name?: string): Promise<string>;
	/** Stops the server (`pg_ctl stop -m fast` by default), to test what happens while it is down. */
	stop(mode?: 'smart' | 'fast' | 'immediate'): Promise<void>;
	/** Starts it again after stop, on the same port and data. */
	start(): Promise<void>;
	/** Stops it and removes its folder (or drops the databases made on an external server). */
	close(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server for tests and benchmarks: initdb in a temporary folder, listening
 * on 127.0.0.1 and a free port, password authentication over TCP, TLS with a self-signed
 * certificate, fsync left on (durability is what the tests prove). Run as root, the server runs
 * as the `postgres` user, since PostgreSQL refuses to run as root. With `DESTEK_TEST_DATABASE_URL`
 * set, that server is used instead and every newDatabase is a fresh database on it.
 */
export async function startPostgres(): Promise<TestPostgres> {
	const external = process.env.DESTEK_TEST_DATABASE_URL;
	return external ? useExternal(external) : startThrowaway();
}

async function startThrowaway(): Promise<TestPostgres> {
	const bin = findPostgresBin();
	const asRoot = userInfo().uid === 0;
	const folder = mkdtempSync(join(tmpdir(), 'destek-pg-'));
	const data = join(folder, 'data');
	const password = randomBytes(12).toString('hex');
	const port = await freePort();
	// Everything the server reads or writes lives in `folder`, which it must own.
	const pgUser = asRoot ? postgresOsUser() : undefined;
	const asServerUser = (command: string, args: string[]) =>
		pgUser ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { cwd: folder }) : run(join(bin, command), args, { cwd: folder });

	writeFileSync(join(folder, 'password'), password);
	if (pgUser) chownSync(folder, pgUser.uid, pgUser.gid);
	if (pgUser) chownSync(join(folder, 'password'), pgUser.uid, pgUser.gid);
	try {
		// --no-sync only skips flushing initdb's own files; the server itself keeps fsync on.
		await asServerUser('initdb', [
			'-D',
			data,
			'-U',
			'postgres',
			'--pwfile',
			join(folder, 'password'),
			'--auth-local=trust',
			'--auth-host=scram-sha-256',
			'--no-locale',
			'--encoding=UTF8',
			'--no-sync',
		]);
		await selfSignedCertificate(folder, pgUser);
		writeFileSync(
			join(data, 'postgresql.auto.conf'),
			[
				`listen_addresses = '127.0.0.1'`,
				`port = ${port}`,
				`unix_socket_directories = '${folder}'`,
				`fsync = on`,
				`synchronous_commit = on`,
				`ssl = on`,
				`ssl_cert_file = '${join(folder, 'server.crt')}'`,
				`ssl_key_file = '${join(folder, 'server.key')}'`,
				`max_connections = 100`,
				'',
			].join('\n'),
		);
		if (pgUser) chownSync(join(data, 'postgresql.auto.conf'), pgUser.uid, pgUser.gid);
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw new Error(`Could not set up a test PostgreSQL server with ${bin}: ${commandError(error)}`, { cause: error });
	}

	const pgCtl = (...args: string[]) => asServerUser('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '30', ...args]);
	let running = false;
	const start = async () => {
		try {
			await pgCtl('start');
		} catch (error) {
			throw new Error(`The test PostgreSQL server did not start (log: ${join(folder, 'server.log')}): ${commandError(error)}`, { cause: error });
		}
		running = true;
	};
	const stop = async (mode: 'smart' | 'fast' | 'immediate' = 'fast') => {
		await pgCtl('stop', '-m', mode);
		running = false;
	};
	// A test process that dies must not leave a server behind.
	const stopOnExit = () => {
		if (!running) return;
		try {
			execFileSync(
				pgUser ? 'runuser' : join(bin, 'pg_ctl'),
				[...(pgUser ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []), '-D', data, 'stop', '-m', 'immediate'],
				{ cwd: folder, stdio: 'ignore' },
			);
		} catch {
			// Already gone.
		}
	};
	process.once('exit', stopOnExit);
	await start();

	const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
	return {
		url,
		tls: true,
		certificate: join(folder, 'server.crt'),
		newDatabase: (name) => createDatabase(url, name),
		stop,
		start,
		async close() {
			process.off('exit', stopOnExit);
			if (running) await stop('immediate');
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

async function useExternal(url: string): Promise<TestPostgres> {
	const made: string[] = [];
	const refuse = () =>
		Promise.reject(new Error('DESTEK_TEST_DATABASE_URL names a server of yours: the tests cannot stop or start it; unset it to let them start their own.'));
	return {
		url,
		tls: new URL(url).searchParams.get('sslmode') !== 'disable',
		async newDatabase(name) {
			const created = await createDatabase(url, name);
			made.push(new URL(created).pathname.slice(1));
			return created;
		},
		stop: refuse,
		start: refuse,
		async close() {
			const sql = postgres(url, { max: 1, onnotice: () => undefined });
			for (const name of made) await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
			await sql.end();
		},
	};
}

async function createDatabase(serverUrl: string, name = `destek_${randomBytes(6).toString('hex')}`): Promise<string> {
	if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a plain database name (a-z, 0-9, _)`);
	const sql = postgres(serverUrl, { max: 1, onnotice: () => undefined });
	try {
		await sql.unsafe(`CREATE DATABASE "${name}"`);
	} finally {
		await sql.end();
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return url.href;
}

/** initdb, pg_ctl and postgres from one installation: PATH first, then Debian's versioned folders. */
export function findPostgresBin(): string {
	const candidates = [
		...(process.env.PATH ?? '').split(delimiter).filter(Boolean),
		...listDir('/usr/lib/postgresql')
			.sort((a, b) => Number(b) - Number(a))
			.map((version) => `/usr/lib/postgresql/${version}/bin`),
	];
	const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((command) => isExecutable(join(dir, command))));
	if (!found) {
		throw new Error(
			'PostgreSQL is not installed: no initdb, pg_ctl and postgres in PATH or /usr/lib/postgresql/*/bin. ' +
				'Install it with `apt-get install -y postgresql` (Debian, Ubuntu), or set DESTEK_TEST_DATABASE_URL to a server the tests may create databases on.',
		);
	}
	return found;
}

function postgresOsUser(): { uid: number; gid: number } {
	try {
		const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
		return { uid: id('-u'), gid: id('-g') };
	} catch {
		throw new Error(
			'Running as root, but there is no `postgres` user to run the test server as (PostgreSQL refuses root): `apt-get install -y postgresql` creates it.',
		);
	}
}

/** A certificate for localhost signed by itself: enough for sslmode=require, refused by verify-full. */
async function selfSignedCertificate(folder: string, owner: { uid: number; gid: number } | undefined): Promise<void> {
	const key = join(folder, 'server.key');
	const cert = join(folder, 'server.crt');
	try {
		await run('openssl', [
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-keyout',
			key,
			'-out',
			cert,
			'-days',
			'2',
			'-subj',
			'/CN=localhost',
		]);
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(
			missing
				? "openssl is not installed (needed for the test server's TLS certificate): `apt-get install -y openssl`"
				: `openssl could not make a certificate: ${commandError(error)}`,
			{ cause: error },
		);
	}
	// PostgreSQL refuses a key that others can read.
	execFileSync('chmod', ['600', key]);
	if (owner) for (const file of [key, cert]) chownSync(file, owner.uid, owner.gid);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

function commandError(error: unknown): string {
	const { stderr, message } = error as { stderr?: string; message?: string };
	return (stderr?.trim() || message || String(error)).split('\n').slice(-3).join(' ');
}

function listDir(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}
