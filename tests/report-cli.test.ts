import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../src/analytics/event-schema.ts';
import { openSqliteStore } from '../src/collector/stores/sqlite-store.ts';
import { runReportCli } from '../src/report/report-cli.ts';
import type { Report } from '../src/report/report-types.ts';
import { axeViolations, launchBrowser } from './helpers/browser.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = join(root, 'tests', '.output', 'report-cli');
const db = join(scratch, 'analytics.sqlite');
const content = join(scratch, 'content');
const HOSTILE = '<script>alert(1)</script> | =cmd';
const DAY = 86_400_000;

/**
 * `npm run report` in-process (what scripts/report.mjs calls) against the scratch database and
 * articles, so each call costs no Node start; the help test runs the real script.
 */
async function report(...args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runReportCli(args, {
		root,
		cwd: scratch,
		env: { ...process.env, DESTEK_DB: db, DESTEK_DATABASE_URL: '' },
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
	});
	return { code, stdout, stderr };
}
const json = async (...args: string[]) => {
	const { code, stdout, stderr } = await report('--content', content, '--format', 'json', ...args);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as Report;
};

beforeAll(async () => {
	await rm(scratch, { recursive: true, force: true });
	const articles: Record<string, string> = {
		'tr/kargo/kargom-gelmedi.md':
			'---\ntitle: Kargom gelmedi\ndescription: Geciken ya da kaybolan kargolar.\nkeywords: [kargo nerede, kayıp kargo]\n---\nMetin.',
		'tr/odeme/fatura-bilgileri.md': '---\ntitle: Fatura bilgileri\ndescription: E-arşiv fatura.\nkeywords: [fatura düzeltme]\n---\nMetin.',
		'en/shipping/late-parcel.md': '---\ntitle: My parcel is late\ndescription: What to do when a parcel is late.\nkeywords: [where is my order]\n---\nText.',
	};
	for (const [path, text] of Object.entries(articles)) {
		await mkdir(dirname(join(content, path)), { recursive: true });
		await writeFile(join(content, path), text);
	}
	const now = Date.now();
	let receivedAt = now;
	const store = openSqliteStore(db, () => receivedAt);
	const add = async (daysAgo: number, events: IncomingEvent[]) => {
		receivedAt = now - daysAgo * DAY;
		await store.add(events);
	};
	const unanswered = (query: string, locale = 'tr'): IncomingEvent => ({
		type: 'unanswered-search',
		query,
		locale,
		path: `/${locale}/`,
		resultCount: 0,
		ts: now,
	});
	const withResults = (type: 'search' | 'no-click-search', query: string, locale = 'tr'): IncomingEvent => ({
		type,
		query,
		locale,
		path: `/${locale}/`,
		resultCount: 3,
		ts: now,
	});
	await add(20, [unanswered('Kargom nerede?'), unanswered('kargolarım'), withResults('search', 'iade'), withResults('search', 'iade')]);
	await add(10, [
		unanswered('KARGOYU'),
		unanswered('kargo sigortası'),
		unanswered('Kargo sigortasi'),
		withResults('search', 'kargo'),
		withResults('no-click-search', 'kargo'),
	]);
	await add(2, [
		unanswered('kargom nerede'),
		unanswered(HOSTILE),
		unanswered(HOSTILE),
		unanswered('ahmet yılmaz'),
		{ type: 'search-click', query: 'iade', locale: 'tr', path: '/tr/', resultCount: 3, position: 1, target: '/tr/iade/', ts: now },
	]);
	const giftCard = {
		query: 'gift card',
		locale: 'en',
		path: '/en/',
		resultCount: 2,
		strength: 'partial' as const,
		unmatched: ['gift'],
		firstResult: '/en/shipping/late-parcel/',
		ts: now,
	};
	await add(1, [
		unanswered('late parcels', 'en'),
		unanswered('late parcel', 'en'),
		unanswered('gift wrap', 'en'),
		unanswered('gift wrap', 'en'),
		{ type: 'feedback', article: 'kargo/kargom-gelmedi', helpful: false, locale: 'tr', path: '/tr/kargo/kargom-gelmedi/', ts: now },
		{ type: 'search', ...giftCard },
		{ type: 'search-click', ...giftCard, position: 1, target: '/en/shipping/late-parcel/' },
		{ type: 'search-return', ...giftCard, position: 1, target: '/en/shipping/late-parcel/', seconds: 3 },
	]);
	await add(45, [unanswered('eski sorgu'), unanswered('eski sorgu')]);
	await store.close();
});

describe('npm run report', () => {
	it('prints the needs as JSON, grouped by meaning, ranked, with their kind, closest article and advice', async () => {
		const result = await json();
		const tr = result.needs.filter((need) => need.locale === 'tr');
		expect(tr.map((need) => [need.query, need.count])).toEqual([
			['Kargom nerede?', 5],
			[HOSTILE, 2],
			['kargo sigortası', 2],
			['ahmet yılmaz', 1],
		]);
		// `Kargom nerede?` and `kargom nerede` are one spelling; the no-click `kargo` joins the need.
		expect(tr[0]).toMatchObject({
			locale: 'tr',
			kind: 'unanswered',
			searches: 5,
			unanswered: 4,
			noClick: 1,
			days: 3,
			examples: ['Kargom nerede?', 'kargolarım', 'KARGOYU', 'kargo'],
		});
		expect(tr[0]!.closest[0]).toMatchObject({
			id: 'kargo/kargom-gelmedi',
			title: 'Kargom gelmedi',
			url: '/tr/kargo/kargom-gelmedi/',
			score: 1,
			why: [{ word: 'kargom', field: 'title', count: 1 }],
		});
		expect(tr[0]!.advice).toMatchObject({ kind: 'watch', article: { id: 'kargo/kargom-gelmedi' } });
		expect(tr[2]).toMatchObject({ missing: ['sigortası'], closest: [], advice: { kind: 'new-article', cameBackFrom: null } });
		const en = result.needs.filter((need) => need.locale === 'en');
		expect(en.map((need) => [need.query, need.kind, need.count, need.advice.kind])).toEqual([
			['gift wrap', 'unanswered', 2, 'new-article'],
			['late parcels', 'unanswered', 2, 'watch'],
			['gift card', 'partial', 1, 'new-article'],
		]);
		expect(en[2]).toMatchObject({ partial: 1, returned: 0, clicks: 1, satisfied: 0, missing: ['gift', 'card'] });
	});

	it('leaves the database file as it was: same bytes, same modification time', async () => {
		const fingerprint = async () => ({
			bytes: createHash('sha256')
				.update(await readFile(db))
				.digest('hex'),
			mtimeMs: (await stat(db)).mtimeMs,
		});
		const before = await fingerprint();
		await json();
		await report('--content', content, '--format', 'markdown');
		expect(await fingerprint()).toEqual(before);
	});

	it('prints search volume, outcomes and rates per locale', async () => {
		const { totals } = await json();
		expect(totals.tr).toEqual({
			searches: 12,
			searchesWithResults: 3,
			unanswered: 9,
			unansweredRate: 0.75,
			partial: 0,
			returned: 0,
			noClick: 1,
			clicks: 1,
			clickThroughRate: 0.6667,
			feedback: { helpful: 0, notHelpful: 1 },
		});
		expect(totals.en).toMatchObject({ searches: 5, unanswered: 4, unansweredRate: 0.8, partial: 1, returned: 1, clicks: 1, clickThroughRate: 1 });
		expect(Object.keys(totals)).toEqual(['tr', 'en', 'de', 'ar']);
	});

	it('counts every need from one search while the store is small, marking singles, unless --min-count says otherwise', async () => {
		const small = await json();
		expect(small).toMatchObject({ smallStore: true, minCount: 1, searches: 17 });
		expect(small.needs.find((need) => need.query === 'ahmet yılmaz')).toMatchObject({ single: true });
		expect(await json('--min-count', '2')).toMatchObject({ smallStore: false, minCount: 2 });
		expect((await json('--min-count', '2')).needs.map((need) => need.query)).not.toContain('ahmet yılmaz');
		expect((await json('--min-count', '3')).needs.map((need) => need.query)).toEqual(['Kargom nerede?']);
		expect((await json('--min-count', '3')).hidden).toMatchObject({ tr: 3, en: 3 });
	});

	it('keeps to --locale and --since', async () => {
		const en = await json('--locale', 'en');
		expect(new Set(en.needs.map((need) => need.locale))).toEqual(new Set(['en']));
		expect(Object.keys(en.totals)).toEqual(['en']);
		expect((await json('--since', '5d')).needs.map((need) => [need.query, need.count])).toContainEqual([HOSTILE, 2]);
		expect((await json('--since', '5d')).totals.tr!.unanswered).toBe(4);
		expect((await json('--since', '60d')).needs.map((need) => need.query)).toContain('eski sorgu');
	});

	it('renders Markdown, CSV and HTML with the hostile query escaped in each', async () => {
		const markdown = await report('--content', content);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('| **\\<script\\>alert\\(1\\)\\</script\\> \\| =cmd** | unanswered |');
		expect(markdown.stdout).not.toContain('<script>');

		const csv = await report('--content', content, '--format', 'csv');
		expect(csv.stdout.split('\r\n')[0]).toMatch(/^locale,query,kind,failed,/);
		expect(csv.stdout).toContain('\r\ntr,<script>alert(1)</script> | =cmd,unanswered,2,');

		expect((await report('--content', content, '--out', 'gaps.csv')).code).toBe(0);
		// Excel needs the byte-order mark to read a CSV file as UTF-8; stdout above has none.
		expect(await readFile(join(scratch, 'gaps.csv'), 'utf8')).toMatch(/^\uFEFFlocale,query,/);

		const written = await report('--content', content, '--out', 'gaps.html');
		expect(written).toMatchObject({ code: 0, stderr: '' });
		expect(written.stdout).toBe('Wrote gaps.html: 7 needs (html).\n');
		const html = await readFile(join(scratch, 'gaps.html'), 'utf8');
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | =cmd');
	});

	it('writes an HTML report that fits a 390 px phone, in light and dark, loads nothing and passes axe-core', async () => {
		expect((await report('--content', content, '--out', 'phone.html')).code).toBe(0);
		const browser = await launchBrowser();
		try {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
				const requests: string[] = [];
				page.on('request', (request) => requests.push(request.url()));
				await page.goto(pathToFileURL(join(scratch, 'phone.html')).href);
				expect(requests, 'only the file itself').toHaveLength(1);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${colorScheme}: no sideways scrolling`).toBeLessThanOrEqual(390);
				expect(await axeViolations(page), colorScheme).toEqual([]);
				await page.close();
			}
		} finally {
			await browser.close();
		}
	});

	it('refuses bad flags with one line naming the flag and exit code 2', async () => {
		for (const [args, message] of [
			[['--format', 'pdf'], '--format must be one of md, csv, json, html (got "pdf")'],
			[['--since', 'yesterday'], '--since must be hours, days or weeks back'],
			[['--min-count', '0'], '--min-count must be a whole number of 1 or more'],
			[['--colour'], 'unknown flag --colour'],
			[['--locale', 'fr'], '--locale fr is not a locale of this help center (tr, en, de, ar)'],
		] as const) {
			const { code, stdout, stderr } = await report('--content', content, ...args);
			expect(code, args.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toContain(message);
			expect(stderr.trimEnd().split('\n'), 'one line, no stack trace').toHaveLength(1);
		}
	});

	it('says where it looked when no events were recorded yet', async () => {
		const { code, stderr } = await report('--db', 'missing.sqlite');
		expect(code).toBe(1);
		expect(stderr).toContain(`No search events recorded yet: ${join(scratch, 'missing.sqlite')} does not exist`);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('prints its usage with --help, through the real script', () => {
		const { status, stdout } = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts', 'report.mjs'), '--help'], {
			cwd: scratch,
			encoding: 'utf8',
		});
		expect(status).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run report/);
		for (const flag of ['--since', '--locale', '--min-count', '--format', '--out', '--db', '--content', '--root']) expect(stdout).toContain(flag);
	});
});
