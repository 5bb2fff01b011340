import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPostgres, type TestPostgres } from '../../tests/helpers/postgres.ts';
import { collectorPath } from '../analytics/event-limits.ts';
import { openPostgresStore } from '../collector/stores/postgres-store.ts';
import { headersFile } from './security-headers.ts';
import { writeVercelOutput } from './vercel/vercel-output.ts';

// The Netlify and Vercel functions, called the way their hosts call them (web Requests; Node's
// request and response for the Vercel bundle), against a real PostgreSQL server.
let server: TestPostgres;
let scratch: string;
beforeAll(async () => {
	server = await startPostgres();
	// Outside the project: the Vercel bundle must run with no node_modules to fall back on.
	scratch = await mkdtemp(join(tmpdir(), 'destek-vercel-'));
});
afterAll(async () => {
	await server?.close();
	if (scratch) await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
});

type NetlifyEntry = typeof import('./netlify/search-events.ts');
type VercelEntry = typeof import('./vercel/search-events.ts');

/** A new function instance: the entry imported afresh with these environment variables and no others of ours. */
async function startInstance<T>(entry: string, env: Record<string, string>): Promise<T> {
	vi.resetModules();
	for (const name of ['DESTEK_DATABASE_URL', 'DESTEK_ALLOWED_ORIGINS', 'DESTEK_RATE_LIMIT']) vi.stubEnv(name, env[name]);
	return (await import(entry)) as T;
}

const checkEvent = (path: string) => ({ type: 'collector-check', locale: 'tr', path, ts: Date.now() });
/** What a browser's beacon queue sends (text/plain, so no CORS preflight). */
function post(url: string, { path = '/tr/', headers = {} }: { path?: string; headers?: Record<string, string> } = {}): Request {
	return new Request(url, {
		method: 'POST',
		headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
		body: JSON.stringify({ events: [checkEvent(path)] }),
	});
}

async function storedPaths(url: string): Promise<string[]> {
	const store = openPostgresStore(url, { max: 1 });
	try {
		return (await store.read()).map((event) => event.path);
	} finally {
		await store.close();
	}
}

describe('the Netlify function', () => {
	it('stores what it accepts in PostgreSQL, rate limits by Netlify’s client address and keeps to the allowed origins', async () => {
		const database = await server.newDatabase();
		const netlify = await startInstance<NetlifyEntry>('./netlify/search-events.ts', {
			DESTEK_DATABASE_URL: database,
			DESTEK_ALLOWED_ORIGINS: 'https://www.example.com, https://shop.example.com',
			DESTEK_RATE_LIMIT: '2',
		});
		expect(netlify.config).toEqual({ path: collectorPath('/') });
		const site = 'https://help.example.netlify.app/api/search-events';

		const fromShop = await netlify.default(post(site, { path: '/tr/a/', headers: { origin: 'https://www.example.com' } }), { ip: '203.0.113.1' });
		expect([fromShop.status, fromShop.headers.get('access-control-allow-origin')]).toEqual([202, 'https://www.example.com']);
		expect((await netlify.default(post(site, { path: '/tr/b/' }), { ip: '203.0.113.1' })).status).toBe(202);
		expect((await netlify.default(post(site, { path: '/tr/c/' }), { ip: '203.0.113.1' })).status).toBe(429);
		expect((await netlify.default(post(site, { path: '/tr/d/' }), { ip: '198.51.100.7' })).status).toBe(202);
		expect((await netlify.default(post(site, { path: '/tr/e/', headers: { origin: 'https://elsewhere.example' } }), { ip: '198.51.100.8' })).status).toBe(403);

		expect((await storedPaths(database)).sort()).toEqual(['/tr/a/', '/tr/b/', '/tr/d/']);
	});

	it('answers 500 naming the variable to set when DESTEK_DATABASE_URL is missing, and says so once in the log', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const netlify = await startInstance<NetlifyEntry>('./netlify/search-events.ts', {});
		const answers = [
			await netlify.default(post('https://help.example.netlify.app/api/search-events'), {}),
			await netlify.default(post('https://help.example.netlify.app/api/search-events'), {}),
		];
		expect(answers.map((answer) => answer.status)).toEqual([500, 500]);
		const { error } = (await answers[0]!.json()) as { error: string };
		expect(error).toBe(
			'The Destek collector is not set up: DESTEK_DATABASE_URL is not set: give the URL of the PostgreSQL database, postgres://user:password@host/database. Set it in the site’s environment variables on Netlify (Site configuration → Environment variables) (docs/deploy.md) and deploy again.',
		);
		expect(log).toHaveBeenCalledTimes(1);
	});
});

describe('the Vercel function', () => {
	it('stores what it accepts through its fetch export and rate limits by x-real-ip', async () => {
		const database = await server.newDatabase();
		const vercel = await startInstance<VercelEntry>('./vercel/search-events.ts', { DESTEK_DATABASE_URL: database, DESTEK_RATE_LIMIT: '1' });
		const site = 'https://help-example.vercel.app/api/search-events';
		expect((await vercel.default.fetch(post(site, { path: '/en/a/', headers: { 'x-real-ip': '203.0.113.1' } }))).status).toBe(202);
		expect((await vercel.default.fetch(post(site, { path: '/en/b/', headers: { 'x-real-ip': '203.0.113.1' } }))).status).toBe(429);
		expect((await vercel.default.fetch(post(site, { path: '/en/c/', headers: { 'x-real-ip': '203.0.113.2' } }))).status).toBe(202);
		expect((await storedPaths(database)).sort()).toEqual(['/en/a/', '/en/c/']);
	});

	it('refuses a setting it cannot read rather than run with another', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const vercel = await startInstance<VercelEntry>('./vercel/search-events.ts', {
			DESTEK_DATABASE_URL: 'mysql://db.example.com/destek',
			DESTEK_RATE_LIMIT: 'many',
		});
		const answer = await vercel.default.fetch(post('https://help-example.vercel.app/api/search-events'));
		expect(answer.status).toBe(500);
		expect(((await answer.json()) as { error: string }).error).toContain(
			'DESTEK_DATABASE_URL is "mysql://db.example.com/destek": is not a PostgreSQL URL: it starts with postgres:// or postgresql://; DESTEK_RATE_LIMIT is "many": write a whole number.',
		);
	});

	it('is written for the Build Output API: the site with its headers and 404 pages, and a self-contained function under the base', async () => {
		const dist = join(scratch, 'dist');
		await mkdir(join(dist, 'tr'), { recursive: true });
		await writeFile(join(dist, 'index.html'), '<!DOCTYPE html><title>Yardım</title>');
		await writeFile(join(dist, 'tr', '404.html'), '<!DOCTYPE html><title>Bulunamadı</title>');
		await writeFile(join(dist, '_headers'), headersFile({ base: '/help/' }));
		const output = join(scratch, 'output');
		const { functionDir } = await writeVercelOutput({ dist, output, base: '/help/', locales: ['tr', 'en'] });

		expect(await readFile(join(output, 'static', 'tr', '404.html'), 'utf8')).toContain('Bulunamadı');
		expect(existsSync(join(output, 'static', '_headers'))).toBe(false);
		expect(functionDir).toBe(join(output, 'functions', 'help', 'api', 'search-events.func'));
		expect(JSON.parse(await readFile(join(functionDir, '.vc-config.json'), 'utf8'))).toEqual({
			runtime: 'nodejs24.x',
			handler: 'index.mjs',
			launcherType: 'Nodejs',
			shouldAddHelpers: false,
		});
		const { version, routes } = JSON.parse(await readFile(join(output, 'config.json'), 'utf8')) as { version: number; routes: Array<Record<string, unknown>> };
		expect(version).toBe(3);
		expect(routes[0]).toMatchObject({ continue: true, headers: { 'X-Content-Type-Options': 'nosniff' } });
		expect(['/help/tr/', '/other/'].filter((path) => new RegExp(routes[0]!.src as string).test(path))).toEqual(['/help/tr/']);
		expect(routes.slice(-4)).toEqual([
			{ handle: 'filesystem' },
			{ src: '^/help/tr/.*$', status: 404, dest: '/help/tr/404.html' },
			{ src: '^/help/en/.*$', status: 404, dest: '/help/en/404.html' },
			{ src: '^/.*$', status: 404, dest: '/help/404.html' },
		]);

		// Run the bundle as Vercel's Node launcher does: (request, response) on a real connection.
		const database = await server.newDatabase();
		vi.stubEnv('DESTEK_DATABASE_URL', database);
		const { default: handler } = (await import(pathToFileURL(join(functionDir, 'index.mjs')).href)) as {
			default: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
		};
		const http = createServer((request, response) => void handler(request, response));
		await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
		try {
			const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/help/api/search-events`;
			const answer = await fetch(post(url, { path: '/help/tr/', headers: { 'x-real-ip': '203.0.113.9' } }));
			expect([answer.status, await answer.json()]).toEqual([202, { accepted: 1 }]);
		} finally {
			await new Promise((done) => http.close(done));
		}
		expect(await storedPaths(database)).toEqual(['/help/tr/']);
	});
});
