import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from './helpers/build-site.ts';
import { fileForUrlPath, listHtmlFiles, readPage } from './helpers/dist-pages.ts';

// The `basic` fixture: Turkish (default), English, Arabic (rtl), served under /help/.
const root = join(PROJECT_ROOT, 'tests', 'fixtures', 'basic');
const dist = join(root, 'dist');
const BASE = '/help/';
const page = (path: string) => readPage(dist, path);
const attr = (tree: Root, selector: string, name: string) => select(selector, tree)?.properties[name];
const alternates = (tree: Root) =>
	Object.fromEntries(selectAll('link[rel=alternate][hreflang]', tree).map((link) => [String(link.properties.hrefLang), String(link.properties.href)]));

beforeAll(async () => {
	const result = await buildSite(root);
	expect(result.code, result.output).toBe(0);
});

describe('a built fixture help center', () => {
	it('writes a page for every locale, category and article, and none for drafts', async () => {
		const files = await listHtmlFiles(dist);
		for (const path of ['index.html', '404.html', 'tr/index.html', 'en/index.html', 'ar/index.html', 'tr/iade/index.html', 'tr/iade/iade-sureci/index.html', 'en/kargo/kargo-takibi/index.html', 'ar/404.html']) {
			expect(files).toContain(path);
		}
		expect(files.some((f) => f.includes('taslak'))).toBe(false);
	});

	it('sets lang and dir on every page, right-to-left for Arabic', async () => {
		expect(attr(await page('tr/iade/iade-sureci/index.html'), 'html', 'lang')).toBe('tr');
		expect(attr(await page('en/iade/index.html'), 'html', 'lang')).toBe('en');
		const arabic = await page('ar/iade/iade-sureci/index.html');
		expect(attr(arabic, 'html', 'lang')).toBe('ar');
		expect(attr(arabic, 'html', 'dir')).toBe('rtl');
	});

	it('announces real translations with hreflang and x-default', async () => {
		expect(alternates(await page('en/iade/iade-sureci/index.html'))).toEqual({
			tr: 'https://help.fixture.example/help/tr/iade/iade-sureci/',
			en: 'https://help.fixture.example/help/en/iade/iade-sureci/',
			ar: 'https://help.fixture.example/help/ar/iade/iade-sureci/',
			'x-default': 'https://help.fixture.example/help/tr/iade/iade-sureci/',
		});
	});

	it('shows untranslated articles in the default language with a notice in the reader’s language', async () => {
		const fallback = await page('en/kargo/kargo-takibi/index.html');
		expect(attr(fallback, 'html', 'lang')).toBe('en');
		expect(toString(select('.fallback-notice', fallback)!)).toBe('This article has not been translated into English yet. You are reading the Turkish original.');
		expect(attr(fallback, '.prose', 'lang')).toBe('tr');
		expect(attr(fallback, 'h1', 'lang')).toBe('tr');
		expect(toString(select('h1', fallback)!)).toBe('Kargom nerede?');
		// Only the Turkish original exists, so no alternates are announced for it.
		expect(alternates(fallback)).toEqual({});
		const rtlFallback = await page('ar/kargo/kargo-takibi/index.html');
		expect(attr(rtlFallback, '.prose', 'dir')).toBe('ltr');
		expect(toString(select('.fallback-notice', await page('tr/kargo/kargo-takibi/index.html')) ?? { type: 'root', children: [] })).toBe('');
	});

	it('links every language version from the switcher, marking untranslated ones', async () => {
		const fallback = await page('en/kargo/kargo-takibi/index.html');
		const links = selectAll('.language-switcher a', fallback);
		expect(links.map((a) => a.properties.href)).toEqual(['/help/tr/kargo/kargo-takibi/', '/help/en/kargo/kargo-takibi/', '/help/ar/kargo/kargo-takibi/']);
		expect(attr(fallback, '.language-switcher a[aria-current=page]', 'hrefLang')).toBe('en');
		expect(selectAll('.language-switcher .fallback-hint', fallback)).toHaveLength(2);
	});

	it('keeps every link and asset under the base path and pointing at a file that exists', async () => {
		const broken: string[] = [];
		for (const file of await listHtmlFiles(dist)) {
			const tree = await page(file);
			const pageUrl = new URL(`https://help.fixture.example${BASE}${file.replace(/index\.html$/, '')}`);
			for (const element of selectAll('a[href], link[href], script[src], img[src], form[action]', tree) as Element[]) {
				const raw = String(element.properties.href ?? element.properties.src ?? element.properties.action);
				const url = new URL(raw, pageUrl);
				if (url.origin !== pageUrl.origin || element.properties.rel?.toString() === 'alternate') continue;
				const target = fileForUrlPath(url.pathname, BASE);
				if (target === null || !existsSync(join(dist, target))) broken.push(`${file}: ${raw}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('rewrites relative .md links to the target article in the page’s locale', async () => {
		const article = await page('tr/iade/iade-sureci/index.html');
		expect(attr(article, '.prose a[href*="kargo-takibi"]', 'href')).toBe('../../kargo/kargo-takibi/#%C5%9Fube-bulma');
		const headingIds = selectAll('h2', await page('tr/kargo/kargo-takibi/index.html')).map((h) => h.properties.id);
		expect(headingIds).toContain('şube-bulma');
	});

	it('renders Markdown features: callouts, FAQ accordion, table, task list, safe external links', async () => {
		const article = await page('tr/iade/iade-sureci/index.html');
		expect(selectAll('aside.callout', article)).toHaveLength(2);
		expect(selectAll('.faq details.faq-item > summary', article)).toHaveLength(2);
		expect(select('.prose table th', article)).toBeTruthy();
		expect(select('.prose input[type=checkbox]', article)).toBeTruthy();
		expect(attr(article, '.prose a.external-link', 'rel')).toEqual(['noopener', 'noreferrer']);
		expect(toString(select('.prose', article)!)).not.toContain("alert('x')");
		expect(selectAll('.prose script', article)).toEqual([]);
		// No inline code at all: scripts are files, the only inline one is data (the analytics settings).
		expect(selectAll('script', article).every((script) => script.properties.src || script.properties.type === 'application/json')).toBe(true);
	});

	it('optimizes images next to articles: modern format, sizes, lazy loading, alt text', async () => {
		const image = select('.prose img', await page('tr/iade/iade-sureci/index.html'))!;
		expect(image.properties.alt).toBe('İade kodu ekranı');
		expect(image.properties.loading).toBe('lazy');
		expect(String(image.properties.src)).toMatch(/^\/help\/_astro\/.+\.webp$/);
		expect(String(image.properties.srcSet)).toContain('640w');
	});

	it('shows article meta, breadcrumbs, feedback, related articles and contact channels', async () => {
		const article = await page('tr/iade/iade-sureci/index.html');
		expect(toString(select('time', article)!)).toBe('Son güncelleme: 1 Ekim 2026');
		expect(attr(article, 'time', 'dateTime')).toBe('2026-10-01');
		expect(selectAll('.breadcrumbs a', article).map((a) => a.properties.href)).toEqual(['/help/tr/', '/help/tr/iade/']);
		expect(attr(article, 'destek-feedback', 'dataArticle')).toBe('iade/iade-sureci');
		expect(selectAll('.related a', article).map((a) => a.properties.href)).toEqual(['/help/tr/kargo/kargo-takibi/', '/help/tr/iade/para-iadesi/']);
		expect(attr(article, '.contact a[href^="tel:"]', 'href')).toBe('tel:08500000000');
	});

	it('builds a home page with search box, categories with counts, popular articles and hours', async () => {
		const home = await page('en/index.html');
		expect(attr(home, 'form[role=search]', 'action')).toBe('/help/en/search/');
		expect(selectAll('.category-card h3', home).map((h) => toString(h).trim())).toEqual(['Returns and exchanges', 'Shipping']);
		expect(selectAll('.category-card .count', home).map((p) => toString(p))).toEqual(['2 articles', '1 article']);
		expect(selectAll('#popular-heading ~ ul a', home).map((a) => a.properties.href)).toEqual(['/help/en/iade/iade-sureci/']);
		expect(toString(select('.general-hours dl', home)!)).toContain('Mon – Fri');
	});

	it('lists every language on the root page for visitors without JavaScript', async () => {
		const rootPage = await page('index.html');
		expect(selectAll('a[data-locale]', rootPage).map((a) => a.properties.href)).toEqual(['/help/tr/', '/help/en/', '/help/ar/']);
		expect(select('script[src]', rootPage)).toBeTruthy();
	});

	it('indexes each locale’s own articles for search, without fallback copies or drafts', async () => {
		const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]))).toEqual({ tr: 3, en: 1, ar: 1 });
	});

	it('has a 404 page per locale and a root one, with search and a way home', async () => {
		for (const [path, lang, home] of [['404.html', 'tr', '/help/tr/'], ['en/404.html', 'en', '/help/en/'], ['ar/404.html', 'ar', '/help/ar/']] as const) {
			const notFound = await page(path);
			expect(attr(notFound, 'html', 'lang')).toBe(lang);
			expect(select('form[role=search]', notFound)).toBeTruthy();
			expect(selectAll('a', notFound).some((a) => a.properties.href === home)).toBe(true);
		}
	});
});
