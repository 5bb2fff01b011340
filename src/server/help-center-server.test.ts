import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHelpCenterServer } from './help-center-server.ts';

let root: string;
let site: Awaited<ReturnType<typeof createHelpCenterServer>>;
let port: number;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'destek-server-'));
	const integration = fileURLToPath(new URL('../integration/index.ts', import.meta.url));
	await writeFile(
		join(root, 'astro.config.mjs'),
		`import destek from ${JSON.stringify(integration)};\nexport default { integrations: [destek({ title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } } })] };\n`,
	);
	await mkdir(join(root, 'dist'), { recursive: true });
	await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>Help</title>');
	site = await createHelpCenterServer({ root, env: { DESTEK_DB: join(root, 'analytics.sqlite') } });
	await new Promise<void>((done) => site.server.listen(0, '127.0.0.1', done));
	port = (site.server.address() as AddressInfo).port;
});
afterAll(async () => {
	await site.close();
	await rm(root, { recursive: true, force: true });
});

/** The status line the server answers a raw request with. */
function statusOf(request: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1', () => socket.write(request));
		socket.once('data', (data) => {
			resolve(String(data).split('\r\n')[0]!);
			socket.destroy();
		});
		socket.once('error', reject);
	});
}

describe('the help center server', () => {
	it('answers a request target no URL parser reads with 500, and keeps serving', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await statusOf('GET http://[ HTTP/1.1\r\nHost: localhost\r\n\r\n')).toBe('HTTP/1.1 500 Internal Server Error');
		expect(logged).toHaveBeenCalledWith(expect.stringContaining('Could not answer GET http://[: Invalid URL'));
		logged.mockRestore();
		expect(await statusOf('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')).toBe('HTTP/1.1 200 OK');
	});
});
