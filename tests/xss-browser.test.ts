import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { startHelpCenter } from './helpers/help-center.ts';
import { scratchSite } from './helpers/scratch-site.ts';

// Classic and modern XSS vectors. Each one that ran would set window.__xss (or open a dialog);
// escaping must stop all of them before the Content-Security-Policy has to.
const RUN = 'window.__xss=1';
const PAYLOADS = [
	`<script>${RUN}</script>`,
	`<SCRIPT SRC=//xss.example/x.js></SCRIPT>`,
	`<img src=x onerror="${RUN}">`,
	`<img src=x onerror=${RUN}>`,
	`"><img src=x onerror=${RUN}>`,
	`'><img src=x onerror=${RUN}>`,
	`"><svg onload=${RUN}>`,
	`<svg/onload=${RUN}>`,
	`<svg><script>${RUN}</script></svg>`,
	`<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
	`<body onload=${RUN}>`,
	`<input autofocus onfocus=${RUN}>`,
	`<details open ontoggle=${RUN}>`,
	`<marquee onstart=${RUN}>`,
	`<video><source onerror=${RUN}></video>`,
	`<audio src=x onerror=${RUN}>`,
	`<iframe src="javascript:${RUN}"></iframe>`,
	`<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
	`<object data="javascript:${RUN}"></object>`,
	`<embed src="javascript:${RUN}">`,
	`<a href="javascript:${RUN}">klik</a>`,
	`<a href="&#106;avascript:${RUN}">klik</a>`,
	`<a href="jav&#x09;ascript:${RUN}">klik</a>`,
	`[klik](javascript:${RUN})`,
	`<form><button formaction="javascript:${RUN}">x</button></form>`,
	`<base href="javascript:/">`,
	`<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
	`<link rel=stylesheet href="javascript:${RUN}">`,
	`<style>@import 'javascript:${RUN}';</style>`,
	`<div style="background:url(javascript:${RUN})">x</div>`,
	`" onmouseover="${RUN}" x="`,
	`' onfocus='${RUN}' autofocus='`,
	`</title><script>${RUN}</script>`,
	`</script><script>${RUN}</script>`,
	`"}</script><script>${RUN}</script>`,
	`\\"};${RUN};//`,
	`<!--<img src="--><img src=x onerror=${RUN}>">`,
	`<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
	`<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
	`<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
	`<template><img src=x onerror=${RUN}></template>`,
	`<select><option><img src=x onerror=${RUN}></option></select>`,
	`<textarea></textarea><img src=x onerror=${RUN}>`,
	`<xmp><img src=x onerror=${RUN}></xmp>`,
	`<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
	`<scr<script>ipt>${RUN}</scr</script>ipt>`,
	`&lt;script&gt;${RUN}&lt;/script&gt;`,
	`%3Cscript%3E${RUN}%3C/script%3E`,
	`\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
	`{{constructor.constructor('${RUN}')()}}`,
	'${' + RUN + '}',
	`data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
	`<img srcset="x" onerror=${RUN}>`,
	`<a id=x tabindex=1 onfocusin=${RUN}></a>`,
];

let root: string;
let site: Awaited<ReturnType<typeof startHelpCenter>>['site'];
let origin: string;
let browser: Browser;
const yaml = (value: unknown) => JSON.stringify(value);

beforeAll(async () => {
	expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
	// Every field a writer or translator fills: titles, descriptions, keywords, tags, category names,
	// the article body (as Markdown, raw HTML and plain text), and the interface strings.
	const files: Record<string, string> = {
		'content/tr/iade/_category.yml': `title: ${yaml(`İade ${PAYLOADS[2]}`)}\ndescription: ${yaml(PAYLOADS[6]!)}\nicon: return\norder: 1\n`,
	};
	PAYLOADS.forEach((payload, n) => {
		const fields = [
			`title: ${yaml(`Saldırı ${n} ${payload}`.slice(0, 150))}`,
			`description: ${yaml(`Açıklama ${payload}`.slice(0, 160))}`,
			'updated: 2026-11-01',
			`keywords: [${yaml(payload.slice(0, 80))}]`,
			`tags: [${yaml(`etiket ${n} ${payload}`.slice(0, 60))}]`,
		];
		// A Markdown link to javascript: stops the build with an error for the writer (content checks);
		// in the body it stands as code here, so the rest can be built and attacked.
		const body = payload.startsWith('[') ? `\`${payload}\`` : payload;
		files[`content/tr/iade/saldiri-${n}.md`] =
			`---\n${fields.join('\n')}\n---\n\nİade metni saldirikelimesi ${n}.\n\n${body}\n\nMetin içinde: ${body} ve \`${payload}\`.\n\n## Bölüm ${n}\n\nSon.\n`;
	});
	root = await scratchSite('xss-browser', files);
	// The interface strings too, in a copy of the locales.
	cpSync(join(PROJECT_ROOT, 'locales'), join(root, 'locales'), { recursive: true });
	const strings = JSON.parse(readFileSync(join(root, 'locales', 'tr', 'ui.json'), 'utf8')) as Record<string, string>;
	for (const [index, key] of ['search.placeholder', 'search.none', 'footer.poweredBy', 'contact.intro', 'breadcrumbs.home'].entries()) {
		if (key in strings) strings[key] = `${strings[key]} ${PAYLOADS[index * 7]}`;
	}
	writeFileSync(join(root, 'locales', 'tr', 'ui.json'), JSON.stringify(strings, null, '\t'));
	const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8').replace("localesDir: '../../../locales'", "localesDir: './locales'");
	writeFileSync(join(root, 'astro.config.mjs'), config);
	const result = await buildSite(root);
	expect(result.code, result.output).toBe(0);
	({ site, origin } = await startHelpCenter(root, join(root, 'analytics.sqlite')));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** A page that remembers dialogs and CSP violations; its `ran()` lists what executed. */
async function guardedPage(): Promise<Page & { ran(): Promise<string[]> }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP ${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
	});
	return Object.assign(page, {
		async ran() {
			const inPage = await page.evaluate(() => [
				...((window as unknown as { __xss?: number }).__xss ? ['window.__xss was set'] : []),
				...(window as unknown as { cspViolations: string[] }).cspViolations,
			]);
			return [...dialogs, ...inPage];
		},
	});
}

describe('hostile content and queries', () => {
	it(`runs none of ${PAYLOADS.length} payloads written into titles, descriptions, keywords, tags, category names, bodies and interface strings`, async () => {
		const page = await guardedPage();
		const paths = ['tr/', 'tr/iade/', 'tr/search/', ...PAYLOADS.map((_, n) => `tr/iade/saldiri-${n}/`)];
		for (const path of paths) {
			const response = await page.goto(`${origin}/help/${path}`);
			expect(response!.status(), path).toBe(200);
			expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
			// Focus and hover everything that could carry a handler.
			await page.keyboard.press('Tab');
			await page.mouse.move(100, 300);
			expect(await page.ran(), path).toEqual([]);
		}
		// The payloads are shown as text, not lost: the title of one article reads as written.
		await page.goto(`${origin}/help/tr/iade/saldiri-2/`);
		expect(await page.locator('h1').textContent()).toBe(`Saldırı 2 ${PAYLOADS[2]}`);
		await page.context().close();
	});

	it('runs none of them typed into the search box, in the address (?q=), in results, excerpts and the no-results message', async () => {
		const page = await guardedPage();
		await page.goto(`${origin}/help/tr/`);
		const box = page.locator('input[type="search"]').first();
		for (const payload of PAYLOADS.slice(0, 25)) {
			await box.fill(payload);
			await page.waitForTimeout(150);
		}
		// Results whose excerpts hold the payloads.
		await box.fill('saldirikelimesi');
		await expect.poll(() => page.locator('[data-search-results] a[href]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(await page.ran()).toEqual([]);
		for (const payload of PAYLOADS.slice(25)) {
			await page.goto(`${origin}/help/tr/search/?q=${encodeURIComponent(payload)}`);
			await page.waitForTimeout(200);
			expect(await page.ran(), payload).toEqual([]);
		}
		await page.context().close();
	});
});
