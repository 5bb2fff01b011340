import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { cleanEnv, PROJECT_ROOT } from './helpers/build-site.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// `npm run dev` with a content mistake: Astro's error page (its overlay) shows the same lines as
// `npm run check`, and fixing the file brings the page back without restarting.
let dev: ChildProcess | undefined;
afterAll(() => void dev?.kill());

describe('the dev server and content errors', () => {
	it('shows a content error on the page until the file is fixed', async () => {
		const path = 'content/tr/iade/para-iadesi.md';
		const good = await readFile(join(PROJECT_ROOT, 'tests/fixtures/basic', path), 'utf8');
		const root = await scratchSite('dev-content-errors', { [path]: good.replace(/^title: .*\n/m, '') });
		const port = 4700 + Math.floor(Math.random() * 200);
		dev = spawn(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'],
			{
				cwd: root,
				env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let log = '';
		dev.stdout!.on('data', (chunk) => (log += chunk));
		dev.stderr!.on('data', (chunk) => (log += chunk));
		const url = `http://127.0.0.1:${port}/help/tr/`;
		const status = async () => (await fetch(url).catch(() => null))?.status ?? 0;
		await expect.poll(status, { timeout: 60_000, interval: 500 }).not.toBe(0);
		expect(await status(), log).toBe(500);

		// Astro sends the error to the browser, which shows it in Vite's error overlay.
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(url);
			const overlay = page.locator('vite-error-overlay');
			await expect
				.poll(() => overlay.evaluate((node) => node.shadowRoot?.textContent ?? '').catch(() => ''), { timeout: 20_000 })
				.toContain('content/tr/iade/para-iadesi.md:1:1  title: add a title');

			await writeFile(join(root, path), good);
			// The fix reloads the page: the overlay is gone and the help center is back.
			await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(0);
			await expect.poll(() => page.locator('input[type="search"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
			expect(await status()).toBe(200);
		} finally {
			await browser.close();
		}
	});
});
