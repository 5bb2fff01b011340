import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/collector/stores/sqlite-store.ts';
import { runCollectorCheckCli } from '../src/deploy-check/collector-check-cli.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import type { Report } from '../src/report/report-types.ts';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { startHelpCenter } from './helpers/help-center.ts';
import { serveDist } from './helpers/serve-dist.ts';

// `npm run collector:check <site-url>` against real servers on 127.0.0.1: the sample help center
// as npm start serves it (collector included) and as a static host serves it (no collector), and
// small hosts that answer the way Netlify, a single-page app or a cross-origin collector do.
const scratch = join(PROJECT_ROOT, 'tests', '.output', 'collector-check');
const db = join(scratch, 'analytics.sqlite');
const closers: Array<() => Promise<void>> = [];
let helpCenter: Awaited<ReturnType<typeof startHelpCenter>>;
let staticSite: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	helpCenter = await startHelpCenter(PROJECT_ROOT, db);
	staticSite = await serveDist(join(PROJECT_ROOT, 'dist'), '/', ['tr', 'en', 'de', 'ar']);
	closers.push(
		() => helpCenter.site.close(),
		() => staticSite.close(),
	);
});
afterAll(async () => {
	for (const close of closers) await close();
});

/** Runs the command in-process, as scripts/collector-check.mjs does. */
async function check(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runCollectorCheckCli(argv, { root: PROJECT_ROOT, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
	return { code, stdout, stderr };
}

/** A host of our own making on a free port: `answer` gets every request. */
async function host(answer: (request: IncomingMessage, response: ServerResponse, origin: string) => void): Promise<string> {
	let origin = '';
	const server = createServer((request, response) => answer(request, response, origin));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	closers.push(() => new Promise((done) => server.close(() => done())));
	return origin;
}

async function addressNobodyListensAt(): Promise<string> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return `http://127.0.0.1:${port}`;
}

/** A help center page as Destek renders it, with its analytics settings. */
const page = (settings: { enabled: boolean; endpoint: string | false }) =>
	`<!DOCTYPE html><html lang="de"><head><script type="application/json" id="destek-analytics">${JSON.stringify({ ...settings, settleMs: 1500, consent: 'granted', adapters: [] })}</script></head><body></body></html>`;

describe('npm run collector:check', () => {
	it('says stored when npm start’s collector commits the check event, which the report then leaves out', async () => {
		const { code, stdout, stderr } = await check(`${helpCenter.origin}/`);
		expect(stderr).toBe('');
		expect(stdout).toBe(
			`Stored: the collector at ${helpCenter.origin}/api/search-events committed a collector-check event (the report leaves check events out).\n`,
		);
		expect(code).toBe(0);
		// Read from the file, as the report does: the language picker at / led to the Turkish home page.
		const rows = await openSqliteStore(db).read();
		expect(rows).toEqual([expect.objectContaining({ type: 'collector-check', locale: 'tr', path: '/tr/', query: null })]);

		let json = '';
		expect(await runReportCli(['--format', 'json', '--db', db], { root: PROJECT_ROOT, stdout: (text) => (json += text), stderr: () => undefined })).toBe(0);
		const report = JSON.parse(json) as Report;
		expect(report.searches).toBe(0);
		expect(report.needs).toEqual([]);
	});

	it('says no collector answers when a static host serves the site (405 for the POST)', async () => {
		const { code, stderr } = await check(`${staticSite.origin}/`);
		expect(stderr).toBe(
			`No collector answers at ${staticSite.origin}/api/search-events (HTTP 405): the host served it as a static site, so searches are not recorded.\n` +
				'Deploy the collector (docs/deploy.md) or set analytics.endpoint in astro.config.mjs to where one runs.\n',
		);
		expect(code).toBe(1);
	});

	it('follows the redirect to the default language under a base path and asks the endpoint its pages use (404 there)', async () => {
		const posts: string[] = [];
		const origin = await host((request, response) => {
			if (request.method === 'POST')
				return void (posts.push(request.url!), response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>'));
			if (request.url === '/help/') return void response.writeHead(302, { location: '/help/de/' }).end();
			if (request.url === '/help/de/')
				return void response.writeHead(200, { 'content-type': 'text/html' }).end(page({ enabled: true, endpoint: '/help/api/search-events' }));
			response.writeHead(404).end();
		});
		const { code, stderr } = await check(`${origin}/help/`);
		expect(posts).toEqual(['/help/api/search-events']);
		expect(stderr).toContain(`No collector answers at ${origin}/help/api/search-events (HTTP 404)`);
		expect(code).toBe(1);
	});

	it('names the setting when the collector on another host does not allow the site’s origin (403)', async () => {
		const origin = await host(
			(_request, response) =>
				void response.writeHead(200, { 'content-type': 'text/html' }).end(page({ enabled: true, endpoint: `${helpCenter.origin}/api/search-events` })),
		);
		const { code, stderr } = await check(`${origin}/`);
		expect(stderr).toBe(
			`The collector at ${helpCenter.origin}/api/search-events refuses posts from ${origin} (HTTP 403).\n` +
				`Add ${origin} to analytics.allowedOrigins in astro.config.mjs, or to DESTEK_ALLOWED_ORIGINS where the collector runs.\n`,
		);
		expect(code).toBe(1);
	});

	it('says when the site or the collector cannot be reached', async () => {
		const closed = await addressNobodyListensAt();
		const site = await check(`${closed}/`);
		expect(site.stderr).toBe(`Cannot reach ${closed}/: nothing is listening there (connection refused).\n`);
		const origin = await host(
			(_request, response) =>
				void response.writeHead(200, { 'content-type': 'text/html' }).end(page({ enabled: true, endpoint: `${closed}/api/search-events` })),
		);
		const collector = await check(`${origin}/`);
		expect(collector.stderr).toContain(`Cannot reach the collector at ${closed}/api/search-events: nothing is listening there (connection refused).`);
		expect([site.code, collector.code]).toEqual([1, 1]);
	});

	it('is not fooled by a single-page-app fallback that answers every address with 200 and HTML', async () => {
		const origin = await host(
			(_request, response) =>
				void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({ enabled: true, endpoint: '/api/search-events' })),
		);
		const { code, stderr } = await check(`${origin}/`);
		expect(stderr).toContain(`Something answered ${origin}/api/search-events with HTTP 200 (text/html), but not a collector`);
		expect(code).toBe(1);
	});

	it('says so when the site sends no events at all', async () => {
		const off = await host(
			(_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(page({ enabled: false, endpoint: '/api/search-events' })),
		);
		const nowhere = await host(
			(_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(page({ enabled: true, endpoint: false })),
		);
		expect((await check(`${off}/`)).stderr).toContain('Analytics is off on');
		expect((await check(`${nowhere}/`)).stderr).toContain('sends events to no collector (analytics.endpoint: false in astro.config.mjs)');
		const notHelpCenter = await host(
			(_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>Shop</title>'),
		);
		expect(await check(`${notHelpCenter}/`)).toEqual({
			code: 1,
			stdout: '',
			stderr: `${notHelpCenter}/ is not a page of a Destek help center (it has no #destek-analytics settings). Give the address of the help center's home page.\n`,
		});
	});

	it('explains what is wrong with a missing or invalid address', async () => {
		expect(await check()).toEqual({
			code: 2,
			stdout: '',
			stderr: 'npm run collector:check: give the address of the deployed help center, e.g. https://help.example.com/. See npm run collector:check -- --help.\n',
		});
		expect((await check('help.example.com')).stderr).toContain('help.example.com is not a web address; give it in full, e.g. https://help.example.com/');
		expect((await check('ftp://help.example.com/')).code).toBe(2);
		expect((await check('https://a.example/', 'https://b.example/')).stderr).toContain('give one address, not 2');
	});

	it('runs as npm runs it, with the exit code of the answer', async () => {
		// Asynchronously: the static site answers from this process.
		const result = await promisify(execFile)(join(PROJECT_ROOT, 'node_modules', '.bin', 'node'), [
			join(PROJECT_ROOT, 'scripts', 'collector-check.mjs'),
			`${staticSite.origin}/`,
		]).catch((error: { code: number; stderr: string }) => error);
		expect(result).toMatchObject({
			code: 1,
			stderr: expect.stringContaining(`No collector answers at ${staticSite.origin}/api/search-events (HTTP 405)`) as string,
		});
	});
});
