import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../server/collector/event-store.ts';
import { buildReport } from './build-report.ts';
import { csvField, formatCsv } from './format-csv.ts';
import { formatHtml } from './format-html.ts';
import { escapeMarkdown, formatMarkdown } from './format-markdown.ts';
import { formatReport } from './format-report.ts';

const HOSTILE = '<script>alert(1)</script> | =cmd';
const START = Date.parse('2026-05-01T00:00:00Z');
let id = 0;
const event = (query: string, locale = 'tr', type: StoredEvent['type'] = 'unanswered-search'): StoredEvent => ({ id: ++id, receivedAt: START + id * 60_000, type, locale, query, path: '/', filters: null, resultCount: 0, position: null, target: null, article: null, helpful: null, strength: null, unmatched: null, firstResult: null, seconds: null, demo: false });

const report = buildReport({
	events: [event(HOSTILE), event(HOSTILE), event('fatura düzeltme'), event('fatura düzeltme'), event('=HYPERLINK("http://evil.example")'), event('=HYPERLINK("http://evil.example")'), event('tek'), event('كيف الشحن', 'ar'), event('كيف الشحن', 'ar')],
	articles: [{ locale: 'tr', id: 'odeme/fatura', title: 'Fatura <b>bilgileri</b>', description: '', keywords: ['fatura düzeltme'], tags: [], url: '/tr/odeme/fatura/', file: 'content/tr/odeme/fatura.md' }],
	period: { since: START, until: START + 86_400_000 },
	locales: ['tr', 'ar'],
	locale: null,
	minCount: 2,
});

describe('Markdown report', () => {
	it('escapes what customers typed so it cannot break the table or add HTML', () => {
		expect(escapeMarkdown(HOSTILE)).toBe('\\<script\\>alert\\(1\\)\\</script\\> \\| =cmd');
		expect(escapeMarkdown('a\nb*c_d`e')).toBe('a b\\*c\\_d\\`e');
		const markdown = formatMarkdown(report);
		expect(markdown).not.toContain('<script>');
		const row = markdown.split('\n').find((line) => line.includes('alert'))!;
		// Ten columns: eleven unescaped pipes.
		expect(row.match(/(?<!\\)\|/g)).toHaveLength(11);
	});

	it('suggests a keyword for a close article and a new article otherwise, and says what is hidden', () => {
		const markdown = formatMarkdown(report);
		const line = (text: string) => markdown.split('\n').find((l) => l.includes(text))!;
		expect(line('fatura düzeltme')).toContain('add a keyword to [Fatura \\<b\\>bilgileri\\</b\\>](/tr/odeme/fatura/) `content/tr/odeme/fatura.md`');
		expect(line('alert')).toMatch(/\| new article \|$/);
		expect(markdown).toContain('1 group seen fewer than 2 times is hidden (--min-count 1 shows it).');
		// tr: seven searches, all unanswered, none with results to click.
		expect(markdown).toContain('| 7 | 7 | 100% | 0 | 0 | – | 0 / 0 |');
	});
});

describe('suggestions', () => {
	it('asks for a clearer title or description when the close article was found but not opened', () => {
		const noClick = buildReport({
			events: [event('fatura düzeltme', 'tr', 'no-click-search'), event('fatura düzeltme', 'tr', 'no-click-search')],
			articles: [{ locale: 'tr', id: 'odeme/fatura', title: 'Fatura bilgileri', description: '', keywords: ['fatura düzeltme'], tags: [], url: '/tr/odeme/fatura/', file: 'content/tr/odeme/fatura.md' }],
			period: { since: START, until: START + 86_400_000 },
			locales: ['tr'],
			locale: null,
			minCount: 2,
		});
		expect(formatMarkdown(noClick)).toContain('clarify the title or description of [Fatura bilgileri](/tr/odeme/fatura/)');
		expect(formatHtml(noClick)).toContain('Clarify the title or description of <strong>');
	});
});

describe('CSV report', () => {
	it('quotes fields the RFC 4180 way', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(12)).toBe('12');
	});

	it('turns cells that a spreadsheet would run as a formula into text', () => {
		for (const formula of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx']) expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
		expect(csvField('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
	});

	it('writes a header and one row per gap with CRLF line ends', () => {
		const lines = formatCsv(report).split('\r\n');
		expect(lines[0]).toBe('locale,query,count,unanswered,no_click,days,first_seen,last_seen,trend,previous_half,recent_half,examples,closest,suggestion');
		expect(lines.at(-1)).toBe('');
		expect(lines).toHaveLength(report.gaps.length + 2);
		expect(lines.find((line) => line.includes('alert'))).toMatch(/^tr,<script>alert\(1\)<\/script> \| =cmd,2,2,0,/);
		expect(lines.find((line) => line.includes('fatura'))).toContain(',odeme/fatura (1.00),add a keyword to odeme/fatura (content/tr/odeme/fatura.md)');
	});
});

describe('HTML report', () => {
	const html = formatHtml(report);

	it('escapes every query and title', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | =cmd');
		expect(html).toContain('Fatura &lt;b&gt;bilgileri&lt;/b&gt;');
		expect(html).not.toContain('<b>bilgileri');
	});

	it('is one self-contained page that loads nothing from elsewhere', () => {
		expect(html).not.toMatch(/\b(src|href)=|url\(|@import|<link|<iframe|<object/i);
		expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(html).toContain('<style>');
		expect(html).toContain('@media (prefers-color-scheme: dark)');
	});

	it('gives tables captions and header cells, and charts a title and a description', () => {
		expect(html).toContain('<caption>Unanswered and no-click queries in tr, most frequent first</caption>');
		expect(html).toContain('<th scope="col">Query</th>');
		expect(html).toContain('<th scope="row" lang="ar" dir="auto">كيف الشحن</th>');
		const charts = html.match(/<svg [^>]*>/g)!;
		expect(charts).toHaveLength(3); // the top gaps, and one trend per locale
		for (const chart of charts) expect(chart).toMatch(/role="img" aria-labelledby="([\w-]+)-title \1-desc"/);
		expect(html).toContain('<desc id="top-chart-desc">&lt;script&gt;alert(1)&lt;/script&gt; | =cmd (tr): 2;');
	});
});

describe('JSON report', () => {
	it('prints the report object itself', () => {
		const parsed = JSON.parse(formatReport(report, 'json')) as typeof report;
		expect(parsed).toEqual(report);
		expect(Object.keys(parsed.gaps[0]!)).toEqual(['locale', 'query', 'key', 'count', 'unanswered', 'noClick', 'days', 'firstSeen', 'lastSeen', 'trend', 'examples', 'closest']);
	});
});
