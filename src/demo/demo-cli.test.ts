import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../collector/stores/sqlite-store.ts';
import { runDemoEventsCli } from './demo-cli.ts';

const NOW = Date.parse('2026-06-15T09:30:00Z');
let folder: string;

beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'destek-demo-'));
});
afterEach(async () => {
	await rm(folder, { recursive: true, force: true });
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
	let stdout = '';
	let stderr = '';
	const code = await runDemoEventsCli(argv, {
		root: folder,
		cwd: folder,
		env,
		now: NOW,
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
	});
	return { code, stdout, stderr };
}

async function rows(file: string) {
	const store = openSqliteStore(file);
	try {
		return await store.read();
	} finally {
		await store.close();
	}
}

describe('npm run demo:events', () => {
	it('stores demo rows in a real database, replaces them on a second run, and --remove deletes only them', async () => {
		const file = join(folder, 'analytics.sqlite');
		const store = openSqliteStore(file, () => NOW - 1000);
		await store.add([{ type: 'search', query: 'gerçek arama', locale: 'tr', path: '/tr/', resultCount: 3, ts: NOW - 1000 }]);
		await store.close();

		const first = await run(['--db', 'analytics.sqlite']);
		expect(first).toMatchObject({ code: 0, stderr: '' });
		const stored = await rows(file);
		const demo = stored.filter((row) => row.demo);
		expect(demo.length).toBeGreaterThan(1000);
		expect(new Set(demo.map((row) => row.locale))).toEqual(new Set(['tr', 'en', 'de', 'ar']));
		expect(first.stdout).toContain(`Stored ${demo.length} demo events (30 days, seed 1) in ${file}.`);
		expect(first.stdout).toContain('npm run report -- --out report.html');
		expect(first.stdout).toMatch(/^tr +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+$/m);

		const second = await run(['--db', 'analytics.sqlite']);
		expect(second.stdout).toContain(`replacing ${demo.length} earlier demo events`);
		expect(await rows(file)).toHaveLength(stored.length);

		const removed = await run(['--db', file, '--remove']);
		expect(removed).toEqual({ code: 0, stdout: `Removed ${demo.length} demo events from ${file}; other events were left as they were.\n`, stderr: '' });
		expect(await rows(file)).toMatchObject([{ query: 'gerçek arama', demo: false }]);
	});

	it('stores no personal data: what customers pasted is a token in the database', async () => {
		const file = join(folder, 'analytics.sqlite');
		await run(['--db', file, '--days', '7']);
		const texts = (await rows(file)).flatMap((row) => [row.query ?? '', ...(row.unmatched ?? [])]);
		expect(texts.some((text) => text.includes('[number]'))).toBe(true);
		expect(texts.filter((text) => /\d{6,}|@|\+\d/.test(text))).toEqual([]);
	});

	it('writes to $DESTEK_DB, else to data/analytics.sqlite of the project, as npm start does', async () => {
		await run(['--days', '1'], { DESTEK_DB: join(folder, 'from-env.sqlite') });
		expect(existsSync(join(folder, 'from-env.sqlite'))).toBe(true);
		await run(['--days', '1']);
		expect((await rows(join(folder, 'data', 'analytics.sqlite'))).length).toBeGreaterThan(0);
	});

	it('says so when there is nothing to remove, without creating a database', async () => {
		const result = await run(['--remove']);
		expect(result.stdout).toBe(`No demo rows to remove: ${join(folder, 'data', 'analytics.sqlite')} does not exist.\n`);
		expect(existsSync(join(folder, 'data'))).toBe(false);
	});

	it('answers a wrong flag with one line and exit code 2, and an unwritable database with exit code 1', async () => {
		expect(await run(['--days', 'many'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'npm run demo:events: --days must be a whole number from 1 to 365 (got "many"). See npm run demo:events -- --help.\n',
		});
		const result = await run(['--db', folder]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`^npm run demo:events: Could not open the analytics database ${folder}: .+\\n$`));
	});

	it('prints its usage with --help', async () => {
		const result = await run(['--help']);
		expect(result.stdout).toMatch(/^Usage: npm run demo:events -- \[flags\]/);
		expect(result.stdout).toContain('--remove');
	});
});
