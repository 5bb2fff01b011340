import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../src/server/collector/event-schema.ts';
import { openEventStore } from '../src/server/collector/event-store.ts';
import type { Report } from '../src/report/report-types.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = join(root, 'tests', '.output', 'report-cli');
const db = join(scratch, 'analytics.sqlite');
const content = join(scratch, 'content');
const HOSTILE = '<script>alert(1)</script> | =cmd';
const DAY = 86_400_000;

/** Runs the real entry point, as `npm run report` does, against the scratch database and articles. */
function report(...args: string[]) {
	const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts', 'report.mjs'), ...args], {
		cwd: scratch,
		env: { ...process.env, DESTEK_DB: db },
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (...args: string[]) => {
	const { code, stdout, stderr } = report('--content', content, '--format', 'json', ...args);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as Report;
};

beforeAll(async () => {
	await rm(scratch, { recursive: true, force: true });
	const articles: Record<string, string> = {
		'tr/kargo/kargom-gelmedi.md': '---\ntitle: Kargom gelmedi\ndescription: Geciken ya da kaybolan kargolar.\nkeywords: [kargo nerede, kayıp kargo]\n---\nMetin.',
		'tr/odeme/fatura-bilgileri.md': '---\ntitle: Fatura bilgileri\ndescription: E-arşiv fatura.\nkeywords: [fatura düzeltme]\n---\nMetin.',
		'en/shipping/late-parcel.md': '---\ntitle: My parcel is late\ndescription: What to do when a parcel is late.\nkeywords: [where is my order]\n---\nText.',
	};
	for (const [path, text] of Object.entries(articles)) {
		await mkdir(dirname(join(content, path)), { recursive: true });
		await writeFile(join(content, path), text);
	}
	const now = Date.now();
	let receivedAt = now;
	const store = openEventStore(db, () => receivedAt);
	const add = async (daysAgo: number, events: IncomingEvent[]) => {
		receivedAt = now - daysAgo * DAY;
		await store.add(events);
	};
	const unanswered = (query: string, locale = 'tr'): IncomingEvent => ({ type: 'unanswered-search', query, locale, path: `/${locale}/`, resultCount: 0, ts: now });
	const withResults = (type: 'search' | 'no-click-search', query: string, locale = 'tr'): IncomingEvent => ({ type, query, locale, path: `/${locale}/`, resultCount: 3, ts: now });
	await add(20, [unanswered('Kargom nerede?'), unanswered('kargolarım'), withResults('search', 'iade'), withResults('search', 'iade')]);
	await add(10, [unanswered('KARGOYU'), unanswered('kargo sigortası'), unanswered('Kargo sigortasi'), withResults('search', 'kargo'), withResults('no-click-search', 'kargo')]);
	await add(2, [unanswered('kargom nerede'), unanswered(HOSTILE), unanswered(HOSTILE), unanswered('ahmet yılmaz'), { type: 'search-click', query: 'iade', locale: 'tr', path: '/tr/', resultCount: 3, position: 1, target: '/tr/iade/', ts: now }]);
	await add(1, [unanswered('late parcels', 'en'), unanswered('late parcel', 'en'), unanswered('gift wrap', 'en'), unanswered('gift wrap', 'en'), { type: 'feedback', article: 'kargo/kargom-gelmedi', helpful: false, locale: 'tr', path: '/tr/kargo/kargom-gelmedi/', ts: now }]);
	await add(45, [unanswered('eski sorgu'), unanswered('eski sorgu')]);
	store.close();
});

describe('npm run report', () => {
	it('prints the gaps as JSON, grouped by normalized form, ranked, with the closest article', () => {
		const result = json();
		const tr = result.gaps.filter((gap) => gap.locale === 'tr');
		expect(tr.map((gap) => [gap.query, gap.count])).toEqual([
			['Kargom nerede?', 5],
			[HOSTILE, 2],
			['kargo sigortası', 2],
		]);
		// `Kargom nerede?` and `kargom nerede` are one spelling; the no-click `kargo` joins the group.
		expect(tr[0]).toMatchObject({ locale: 'tr', unanswered: 4, noClick: 1, days: 3, examples: ['Kargom nerede?', 'kargolarım', 'KARGOYU', 'kargo'] });
		expect(tr[0]!.closest[0]).toMatchObject({ id: 'kargo/kargom-gelmedi', title: 'Kargom gelmedi', url: '/tr/kargo/kargom-gelmedi/', score: 1 });
		expect(tr[2]!.closest).toEqual([]);
		const en = result.gaps.filter((gap) => gap.locale === 'en');
		expect(en.map((gap) => [gap.query, gap.count, gap.closest.map((article) => article.id)])).toEqual([
			['gift wrap', 2, []],
			['late parcels', 2, ['shipping/late-parcel']],
		]);
	});

	it('prints search volume, unanswered rate and click-through rate per locale', () => {
		const { totals } = json();
		expect(totals.tr).toEqual({ searches: 12, searchesWithResults: 3, unanswered: 9, unansweredRate: 0.75, noClick: 1, clicks: 1, clickThroughRate: 0.6667, feedback: { helpful: 0, notHelpful: 1 } });
		expect(totals.en).toMatchObject({ searches: 4, unanswered: 4, unansweredRate: 1, clickThroughRate: null });
		expect(Object.keys(totals)).toEqual(['tr', 'en', 'de', 'ar']);
	});

	it('never shows a query seen once unless --min-count 1 asks for it', () => {
		expect(json().gaps.map((gap) => gap.query)).not.toContain('ahmet yılmaz');
		expect(json('--min-count', '1').gaps.map((gap) => gap.query)).toContain('ahmet yılmaz');
		expect(json('--min-count', '3').gaps.map((gap) => gap.query)).toEqual(['Kargom nerede?']);
		expect(json('--min-count', '3').hidden).toMatchObject({ tr: 3, en: 2 });
	});

	it('keeps to --locale and --since', () => {
		const en = json('--locale', 'en');
		expect(new Set(en.gaps.map((gap) => gap.locale))).toEqual(new Set(['en']));
		expect(Object.keys(en.totals)).toEqual(['en']);
		expect(json('--since', '5d').gaps.map((gap) => [gap.query, gap.count])).toContainEqual([HOSTILE, 2]);
		expect(json('--since', '5d').totals.tr!.unanswered).toBe(4);
		expect(json('--since', '60d').gaps.map((gap) => gap.query)).toContain('eski sorgu');
	});

	it('renders Markdown, CSV and HTML with the hostile query escaped in each', async () => {
		const markdown = report('--content', content);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('| **\\<script\\>alert\\(1\\)\\</script\\> \\| =cmd** |');
		expect(markdown.stdout).not.toContain('<script>');

		const csv = report('--content', content, '--format', 'csv');
		expect(csv.stdout.split('\r\n')[0]).toMatch(/^locale,query,count,/);
		expect(csv.stdout).toContain('\r\ntr,<script>alert(1)</script> | =cmd,2,');

		expect(report('--content', content, '--out', 'gaps.csv').code).toBe(0);
		// Excel needs the byte-order mark to read a CSV file as UTF-8; stdout above has none.
		expect(await readFile(join(scratch, 'gaps.csv'), 'utf8')).toMatch(/^\uFEFFlocale,query,/);

		const written = report('--content', content, '--out', 'gaps.html');
		expect(written).toMatchObject({ code: 0, stderr: '' });
		expect(written.stdout).toMatch(/^Wrote gaps\.html: \d+ gap groups \(html\)\.\n$/);
		const html = await readFile(join(scratch, 'gaps.html'), 'utf8');
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | =cmd');
	});

	it('refuses bad flags with one line naming the flag and exit code 2', () => {
		for (const [args, message] of [
			[['--format', 'pdf'], '--format must be one of md, csv, json, html (got "pdf")'],
			[['--since', 'yesterday'], '--since must be hours, days or weeks back'],
			[['--min-count', '0'], '--min-count must be a whole number of 1 or more'],
			[['--colour'], 'unknown flag --colour'],
			[['--locale', 'fr'], '--locale fr is not a locale of this help center (tr, en, de, ar)'],
		] as const) {
			const { code, stdout, stderr } = report('--content', content, ...args);
			expect(code, args.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toContain(message);
			expect(stderr.trimEnd().split('\n'), 'one line, no stack trace').toHaveLength(1);
		}
	});

	it('says where it looked when no events were recorded yet', () => {
		const { code, stderr } = report('--db', 'missing.sqlite');
		expect(code).toBe(1);
		expect(stderr).toContain(`No search events recorded yet: ${join(scratch, 'missing.sqlite')} does not exist`);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('prints its usage with --help', () => {
		const { code, stdout } = report('--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run report/);
		for (const flag of ['--since', '--locale', '--min-count', '--format', '--out', '--db', '--content', '--root']) expect(stdout).toContain(flag);
	});
});
