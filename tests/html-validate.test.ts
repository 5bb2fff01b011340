import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../.htmlvalidate.mjs';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { listHtmlFiles } from './helpers/dist-pages.ts';

// Markup rules on every page of the sample help center as built, no browser needed (issue 15).
const dist = join(PROJECT_ROOT, 'dist');
const htmlvalidate = new HtmlValidate(config);
/** The rules issue 15 is about; every other finding of the preset has a test of its own. */
const NAMED_RULES = ['tel-non-breaking', 'unique-landmark', 'valid-id'];
/** A page of each kind in a left-to-right and a right-to-left language: these must be among the pages checked. */
const MUST_CHECK = ['tr/index.html', 'tr/iade/index.html', 'tr/iade/iade-sureci/index.html', 'tr/search/index.html', 'tr/404.html'].flatMap((page) => [
	page,
	page.replace(/^tr\//, 'ar/'),
]);
/** Lines shown per rule in a failure, so the message stays readable. */
const SHOWN = 15;

let pages: string[] = [];
const found: Array<Message & { page: string }> = [];

beforeAll(async () => {
	const result = await buildSiteOnce(PROJECT_ROOT);
	expect(result.code, result.output).toBe(0);
	pages = await listHtmlFiles(dist);
	for (const page of pages) {
		const report = await htmlvalidate.validateFile(join(dist, page));
		for (const { messages } of report.results) found.push(...messages.map((message) => ({ ...message, page })));
	}
});

/** `page:line:column message (selector)`, the first SHOWN of them, and how many more on how many pages. */
function findings(rule: (id: string) => boolean): string[] {
	const matching = found.filter((message) => rule(message.ruleId));
	const lines = matching.slice(0, SHOWN).map((m) => `${m.ruleId} ${m.page}:${m.line}:${m.column} ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
	if (matching.length > SHOWN) lines.push(`… and ${matching.length - SHOWN} more, on ${new Set(matching.map((m) => m.page)).size} pages in all`);
	return lines;
}

describe('the markup of the sample help center (html-validate)', () => {
	it('checks every built page, each kind of page in Turkish and Arabic among them', () => {
		expect(MUST_CHECK.filter((page) => !pages.includes(page))).toEqual([]);
	});

	it('has the named rules switched on: each reports its fault in a small example', async () => {
		const report = await htmlvalidate.validateString(
			'<!doctype html><html lang="tr"><head><title>Örnek</title></head><body><main><h2 id="1-adim">Adım</h2><a href="tel:08505552424">0850 555 24 24</a><section aria-label="Bize ulaşın"></section><section aria-label="Bize ulaşın"></section></main></body></html>',
		);
		const rules = new Set(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
		expect([...rules].filter((rule) => NAMED_RULES.includes(rule)).sort()).toEqual(NAMED_RULES);
	});

	it('writes phone numbers with no-break spaces, so they never wrap inside (tel-non-breaking)', () => {
		expect(findings((rule) => rule === 'tel-non-breaking')).toEqual([]);
	});

	it('names every landmark of a page differently, hidden panels included (unique-landmark)', () => {
		expect(findings((rule) => rule === 'unique-landmark')).toEqual([]);
	});

	it('gives every element an id that starts with a letter and holds only letters, digits, - and _ (valid-id)', () => {
		expect(findings((rule) => rule === 'valid-id')).toEqual([]);
	});

	it("passes the rest of html-validate's recommended rules", () => {
		expect(findings((rule) => !NAMED_RULES.includes(rule))).toEqual([]);
	});
});
