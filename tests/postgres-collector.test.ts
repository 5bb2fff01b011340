import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectorPath } from '../src/analytics/event-limits.ts';
import { openPostgresStore } from '../src/collector/stores/postgres-store.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import type { Report } from '../src/report/report-types.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { startCollectorProcess, type CollectorProcess } from '../scripts/bench/collector-process.mjs';
import { PROJECT_ROOT } from './helpers/build-site.ts';
import { startLoad, type LoadAnswer } from './helpers/event-load.ts';
import { startHelpCenter } from './helpers/help-center.ts';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';

// `npm run collector` twice on one real PostgreSQL database (tests/helpers/postgres.ts), under load
// from 16 clients spread over both: what was acknowledged is stored exactly once, through a
// kill -9 of one collector and a stop of PostgreSQL itself.
let server: TestPostgres;
let database: string;
let sql: postgres.Sql;
let collectors: CollectorProcess[];
let urls: string[];

beforeAll(async () => {
	server = await startPostgres();
	database = await server.newDatabase();
	sql = postgres(database, { max: 1, onnotice: () => undefined });
	collectors = await Promise.all([startCollectorProcess(database), startCollectorProcess(database)]);
	const path = collectorPath((await loadSiteSettings(PROJECT_ROOT)).base);
	urls = collectors.map((collector) => `${collector.url}${path}`);
});
afterAll(async () => {
	await Promise.all((collectors ?? []).map((collector) => collector.stop()));
	await sql?.end();
	await server?.close();
});

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));
const answeredBy =
	(url: string, status: number, after = 0) =>
	(answer: LoadAnswer) =>
		answer.url === url && answer.status === status && answer.at > after;
const lost = (acknowledged: Iterable<string>, kept: string[]) => {
	const found = new Set(kept);
	return [...acknowledged].filter((query) => !found.has(query));
};
/** The stored queries of one load, in order. */
async function stored(prefix: string): Promise<string[]> {
	return (await sql`SELECT query FROM events WHERE query LIKE ${`${prefix} %`} ORDER BY query`).map((row) => row.query as string);
}

describe('two collector processes on one PostgreSQL database', () => {
	it('store every acknowledged event exactly once', async () => {
		const load = startLoad({ urls, prefix: 'both' });
		await pause(1500);
		const answers = await load.stop();
		const acknowledged = load.acknowledged();
		for (const url of urls) expect(answers.filter(answeredBy(url, 202)).length, `${url} acknowledged requests`).toBeGreaterThan(0);
		expect(answers.filter((answer) => answer.status !== 202)).toEqual([]);
		// Clients stop after their answer: nothing was in flight, so stored is exactly acknowledged.
		expect(await stored('both')).toEqual([...acknowledged].sort());
	});

	it('answer 503 with Retry-After while PostgreSQL is down, and 202 again once it is back, without a restart', async () => {
		const load = startLoad({ urls, prefix: 'outage' });
		for (const url of urls) await load.waitFor(answeredBy(url, 202), `202 from ${url}`);
		await server.stop('fast');
		const stoppedAt = performance.now();
		const refused = await Promise.all(urls.map((url) => load.waitFor(answeredBy(url, 503, stoppedAt), `503 from ${url} while PostgreSQL is down`)));
		await server.start();
		const startedAt = performance.now();
		for (const url of urls) await load.waitFor(answeredBy(url, 202, startedAt), `202 from ${url} once PostgreSQL is back`);
		await load.stop();
		expect(refused.map((answer) => answer.retryAfter)).toEqual(['30', '30']);
		const acknowledged = new Set(load.acknowledged());
		const kept = await stored('outage');
		expect(kept.filter((query) => !acknowledged.has(query)).length, 'stored but refused: at most what was in flight as PostgreSQL stopped').toBeLessThanOrEqual(
			16 * 10,
		);
		expect(lost(acknowledged, kept), 'acknowledged but lost').toEqual([]);
		expect(new Set(kept).size).toBe(kept.length);
		for (const collector of collectors) {
			const lines = collector.log().trim().split('\n');
			expect(
				lines.filter((line) => line.includes('cannot write search events')),
				collector.log(),
			).toHaveLength(1);
			expect(lines.filter((line) => line.includes('writing search events again'))).toHaveLength(1);
		}
	});

	it('lose nothing they acknowledged when one is killed with kill -9, while the other keeps serving', async () => {
		const [killed, survivor] = urls as [string, string];
		const load = startLoad({ urls, prefix: 'kill' });
		for (const url of urls) await load.waitFor(answeredBy(url, 202), `202 from ${url}`);
		await pause(300);
		collectors[0]!.kill();
		const killedAt = performance.now();
		await load.waitFor(answeredBy(killed, 0, killedAt), 'no answer from the killed collector');
		await pause(700);
		const answers = await load.stop();
		expect(answers.filter(answeredBy(survivor, 202, killedAt)).length, 'acknowledged by the other after the kill').toBeGreaterThan(0);
		const kept = await stored('kill');
		expect(lost(load.acknowledged(), kept), 'acknowledged but lost').toEqual([]);
		expect(new Set(kept).size).toBe(kept.length);
		// Whole requests only: the killed one's last transaction is in or out as a whole.
		expect(kept.length % 10).toBe(0);
	});
});

describe('npm run report on PostgreSQL', () => {
	let reportDatabase: string;
	beforeAll(async () => {
		reportDatabase = await server.newDatabase();
		const store = openPostgresStore(reportDatabase);
		const unanswered = (query: string) => ({ type: 'unanswered-search' as const, query, locale: 'tr', path: '/tr/', resultCount: 0, ts: 1 });
		await store.add([unanswered('hediye paketi'), unanswered('hediye paketi'), unanswered('hediye paketleme')]);
		await store.close();
	});
	async function report(argv: string[], env: NodeJS.ProcessEnv = {}) {
		let stdout = '';
		let stderr = '';
		const code = await runReportCli([...argv, '--format', 'json', '--since', '1d'], {
			root: PROJECT_ROOT,
			env,
			stdout: (text) => (stdout += text),
			stderr: (text) => (stderr += text),
		});
		return { code, stdout, stderr };
	}
	const withPassword = (url: string, password: string) => Object.assign(new URL(url), { password }).href;

	it('reads the needs from a postgres:// URL in --db or in DESTEK_DATABASE_URL', async () => {
		for (const { code, stdout, stderr } of [await report(['--db', reportDatabase]), await report([], { DESTEK_DATABASE_URL: reportDatabase })]) {
			expect(stderr).toBe('');
			expect(code).toBe(0);
			const { needs, searches } = JSON.parse(stdout) as Report;
			expect(searches).toBe(3);
			expect(needs.find((need) => need.query === 'hediye paketi')).toMatchObject({ locale: 'tr', kind: 'unanswered', searches: 2 });
		}
	});

	it('says in one line, without the password, when the password is wrong or nothing answers', async () => {
		const unreachable = new URL(withPassword(reportDatabase, 'yanlis-parola'));
		unreachable.port = '1';
		for (const db of [withPassword(reportDatabase, 'yanlis-parola'), unreachable.href]) {
			const { code, stdout, stderr } = await report(['--db', db]);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(
				/^npm run report: Could not read the PostgreSQL database 127\.0\.0\.1:\d+: .*(password authentication failed|refused the connection)/,
			);
			expect(stderr).not.toContain('yanlis-parola');
		}
	});
});

describe('npm start with DESTEK_DATABASE_URL', () => {
	it('records a posted event in PostgreSQL', async () => {
		const url = await server.newDatabase();
		// The collector needs no built site: only its path is asked for.
		const { site, origin } = await startHelpCenter(PROJECT_ROOT, join(PROJECT_ROOT, 'tests', '.output', 'unused.sqlite'), { DESTEK_DATABASE_URL: url });
		try {
			expect(site.collector.where).not.toContain(new URL(url).password);
			const response = await fetch(`${origin}${site.collector.path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ events: [{ type: 'unanswered-search', query: 'kapıda ödeme', locale: 'tr', path: '/tr/', resultCount: 0, ts: 1 }] }),
			});
			expect(response.status).toBe(202);
		} finally {
			await site.close();
		}
		const look = postgres(url, { max: 1 });
		const rows = await look`SELECT type, query FROM events`;
		await look.end();
		expect(rows).toEqual([{ type: 'unanswered-search', query: 'kapıda ödeme' }]);
	});
});
