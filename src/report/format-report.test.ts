import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from './format-csv.ts';
import { formatHtml, topNeeds } from './format-html.ts';
import { escapeMarkdown, formatMarkdown } from './format-markdown.ts';
import { formatReport } from './format-report.ts';
import { DAY, event, report, searched, START, times } from './test-fixtures.ts';

const HOSTILE = '<script>alert(1)</script> | =cmd';
const FORMULA = '=HYPERLINK("http://evil.example")';
const articles = [
	{
		locale: 'tr',
		id: 'odeme/fatura',
		title: 'Fatura <b>bilgileri</b>',
		description: '',
		keywords: ['fatura düzeltme'],
		tags: [],
		headings: [],
		body: '',
		url: '/tr/odeme/fatura/',
		file: 'content/tr/odeme/fatura.md',
	},
];
const result = report(
	[
		...times(2, () => event('unanswered-search', 'tr', HOSTILE)),
		...times(2, () => event('unanswered-search', 'tr', 'fatura düzeltme')),
		...times(2, () => event('unanswered-search', 'tr', FORMULA)),
		...times(3, () => searched('tr', 'kampanya kodu', { strength: 'partial' })).flat(),
		event('unanswered-search', 'tr', 'xqzv plomb'),
		...times(2, () => event('unanswered-search', 'ar', 'كيف الشحن')),
	],
	{ articles, locales: ['tr', 'ar'], minCount: 2, period: { since: START, until: START + DAY } },
);

describe('Markdown report', () => {
	const markdown = formatMarkdown(result);
	const line = (text: string) => markdown.split('\n').find((l) => l.includes(text))!;

	it('escapes what customers typed so it cannot break the table or add HTML', () => {
		expect(escapeMarkdown(HOSTILE)).toBe('\\<script\\>alert\\(1\\)\\</script\\> \\| =cmd');
		expect(escapeMarkdown('a\nb*c_d`e')).toBe('a b\\*c\\_d\\`e');
		expect(markdown).not.toContain('<script>');
		expect(markdown).not.toContain('<b>');
		// Ten columns: eleven unescaped pipes.
		expect(line('alert').match(/(?<!\\)\|/g)).toHaveLength(11);
	});

	it('gives each need its kind, count, missing words and advice, and the noise its own section', () => {
		expect(line('kampanya kodu')).toMatch(/^\| \d+ \| \*\*kampanya kodu\*\* \| partial \| 3 failed \|/);
		expect(line('kampanya kodu')).toContain('| kampanya, kodu |');
		expect(line('kampanya kodu')).toContain('**New article:** no article has these words');
		expect(line('fatura düzeltme')).toContain(
			'**Watch:** already covered by [Fatura \\<b\\>bilgileri\\</b\\>](/tr/odeme/fatura/) `content/tr/odeme/fatura.md`',
		);
		expect(line('fatura düzeltme')).toContain('(100%: title: fatura, keyword: düzeltme)');
		expect(markdown).toContain('### Noise in tr\n\n| query | searches | why it is noise |\n| --- | ---: | --- |\n| xqzv plomb | 1 | keyboard mash |');
	});

	it('prints the totals of each locale', () => {
		// tr: ten searches, seven unanswered, three partial that ended without a click.
		expect(markdown).toContain('| 10 | 7 (70%) | 3 | 0 | 3 | 0 | 0% | 0 / 0 |');
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
		expect(csvField(FORMULA)).toBe('"\'=HYPERLINK(""http://evil.example"")"');
	});

	it('writes a header, one row per need, then the noise, with CRLF line ends', () => {
		const lines = formatCsv(result).split('\r\n');
		expect(lines[0]).toBe(
			'locale,query,kind,failed,searches,single,unanswered,partial,came_back,no_click,clicks,click_through,days,first_seen,last_seen,trend,examples,missing_words,closest,advice',
		);
		expect(lines.at(-1)).toBe('');
		expect(lines).toHaveLength(result.needs.length + result.noise.length + 2);
		expect(lines.find((l) => l.includes('alert'))).toMatch(/^tr,<script>alert\(1\)<\/script> \| =cmd,unanswered,2,2,no,2,0,0,0,0,,1,/);
		expect(lines.find((l) => l.includes('fatura'))).toContain(
			',"odeme/fatura (1.00: title: fatura, keyword: düzeltme)",Watch: already covered by Fatura <b>bilgileri</b> (content/tr/odeme/fatura.md): nothing yet shows what is wrong with it',
		);
		expect(lines.at(-2)).toBe('tr,xqzv plomb,noise,,1,,,,,,,,,,,,,,,ignore: keyboard mash');
	});
});

describe('HTML report', () => {
	const html = formatHtml(result);

	it('escapes every query and title', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | =cmd');
		expect(html).toContain('Fatura &lt;b&gt;bilgileri&lt;/b&gt;');
		expect(html).not.toContain('<b>bilgileri');
	});

	it('is one self-contained page that loads nothing from elsewhere and follows the system theme', () => {
		expect(html).not.toMatch(/\b(src|href)=|url\(|@import|<link|<iframe|<object|<script/i);
		expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
		expect(html).toContain('@media (prefers-color-scheme: dark)');
	});

	it('shows needs as cards, not as a wide table, with the language of what customers typed', () => {
		expect(html).toContain('<ol class="needs">');
		expect(html).toContain('<h3><span lang="ar" dir="auto">كيف الشحن</span></h3>');
		expect(html).toMatch(/<p class="advice"><strong>New article:<\/strong> no article has these words/);
	});

	it('has eight totals tiles per locale, so rows of two or four never leave one alone', () => {
		for (const totals of html.match(/<dl class="totals">.*?<\/dl>/g)!) expect(totals.match(/<dt>/g)).toHaveLength(8);
	});

	it('draws every kind in the top chart, with a bar for a need that was only unanswered, and a legend of what it drew', () => {
		const mixed = report(
			[...times(9, (i) => times(12, () => searched('tr', `kargo ${'abcdefghi'[i]}x`, {})).flat()).flat(), event('unanswered-search', 'tr', 'hediye çeki')],
			{ minCount: 1 },
		);
		const top = topNeeds(mixed.needs);
		expect(top.map((need) => need.query)).toContain('hediye çeki');
		const chart = formatHtml(mixed);
		expect(chart).toMatch(/hediye çeki<\/span>.*\n<svg class="bar"[^>]*><rect x="0.00" y="0" width="[\d.]+" height="10" class="unanswered"\/><\/svg>/);
		expect(chart).toContain(
			'<ul class="legend"><li><span class="key unanswered"></span>unanswered</li><li><span class="key no-click"></span>no click</li></ul>',
		);
		expect(chart).toContain('<span class="visually-hidden"> failed: 1 unanswered</span>');
	});

	it('draws one visible, dated column for a period of one day with one search', () => {
		const oneDay = formatHtml(
			report([event('unanswered-search', 'tr', 'hediye çeki')], { locales: ['tr'], period: { since: START, until: START + 3_600_000 * 20 } }),
		);
		const daily = oneDay.match(/<figure class="daily"[\s\S]*?<\/figure>/)![0];
		expect(daily.match(/<rect [^>]*height="100.00" class="searches"\/>/g)).toHaveLength(1);
		expect(daily).toContain('<div class="axis"><span>2026-05-01</span></div>');
		expect(daily).toContain('2026-05-01: 1 search, 1 unanswered.');
	});

	it('starts the daily chart at the first day anything was recorded', () => {
		const late = formatHtml(report([event('unanswered-search', 'tr', 'hediye çeki', {}, 12)], { locales: ['tr'] }));
		expect(late).toContain('<div class="axis"><span>2026-05-13 – 2026-05-14</span></div>');
	});
});

describe('JSON report', () => {
	it('prints the report object itself', () => {
		const parsed = JSON.parse(formatReport(result, 'json')) as typeof result;
		expect(parsed).toEqual(result);
		expect(Object.keys(parsed)).toEqual(['period', 'locale', 'minCount', 'smallStore', 'searches', 'needs', 'noise', 'hidden', 'totals', 'daily']);
		expect(Object.keys(parsed.needs[0]!)).toEqual([
			'locale',
			'query',
			'key',
			'kind',
			'count',
			'searches',
			'single',
			'unanswered',
			'partial',
			'noClick',
			'returned',
			'clicks',
			'satisfied',
			'clickThrough',
			'days',
			'firstSeen',
			'lastSeen',
			'trend',
			'examples',
			'missing',
			'closest',
			'advice',
		]);
	});
});
