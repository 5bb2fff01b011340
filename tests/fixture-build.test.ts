import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOnce, PROJECT_ROOT } from './helpers/build-site.ts';
import { brokenLinks, fileForUrlPath, listHtmlFiles, readPage } from './helpers/dist-pages.ts';

// The `basic` fixture: Turkish (default), English, Arabic (rtl), served under /help/.
const root = join(PROJECT_ROOT, 'tests', 'fixtures', 'basic');
const dist = join(root, 'dist');
const BASE = '/help/';
const page = (path: string) => readPage(dist, path);
const attr = (tree: Root, selector: string, name: string) => select(selector, tree)?.properties[name];
const alternates = (tree: Root) =>
	Object.fromEntries(selectAll('link[rel=alternate][hreflang]', tree).map((link) => [String(link.properties.hrefLang), String(link.properties.href)]));

let buildLog = '';
beforeAll(async () => {
	const result = await buildSiteOnce(root); // only read: shared with the browser tests of the fixture
	expect(result.code, result.output).toBe(0);
	buildLog = result.output;
});

describe('a built fixture help center', () => {
	it('writes a page for every locale, category and article, and none for drafts', async () => {
		const files = await listHtmlFiles(dist);
		for (const path of [
			'index.html',
			'404.html',
			'tr/index.html',
			'en/index.html',
			'ar/index.html',
			'tr/iade/index.html',
			'tr/iade/iade-sureci/index.html',
			'en/kargo/kargo-takibi/index.html',
			'ar/404.html',
		]) {
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
		expect(toString(select('.fallback-notice', fallback)!)).toBe(
			'This article has not been translated into English yet. You are reading the Turkish original.',
		);
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
		expect(await brokenLinks(dist, BASE, 'https://help.fixture.example')).toEqual([]);
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
		// No inline code at all: scripts are files; the inline ones are data (analytics settings, JSON-LD).
		expect(
			selectAll('script', article).every(
				(script) => script.properties.src || ['application/json', 'application/ld+json'].includes(String(script.properties.type)),
			),
		).toBe(true);
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
		// Every article reached Pagefind while Astro rendered the rest (none read back from dist/), under the base path too.
		expect(buildLog).toMatch(/Search index: 5 articles in 3 languages\n/);
	});

	it('has a 404 page per locale and a root one, with search and a way home', async () => {
		for (const [path, lang, home] of [
			['404.html', 'tr', '/help/tr/'],
			['en/404.html', 'en', '/help/en/'],
			['ar/404.html', 'ar', '/help/ar/'],
		] as const) {
			const notFound = await page(path);
			expect(attr(notFound, 'html', 'lang')).toBe(lang);
			expect(select('form[role=search]', notFound)).toBeTruthy();
			expect(selectAll('a', notFound).some((a) => a.properties.href === home)).toBe(true);
		}
	});
});

describe('what search engines and hosts read', () => {
	const jsonLd = async (path: string) =>
		JSON.parse(toString(select('script[type="application/ld+json"]', await page(path))!)) as Array<Record<string, unknown>>;
	// The schema.org properties each type may have (https://schema.org/TechArticle, …), and those Google requires.
	const SCHEMA: Record<string, { allowed: string[]; required: string[] }> = {
		TechArticle: {
			allowed: ['@context', '@type', 'headline', 'description', 'datePublished', 'dateModified', 'inLanguage', 'mainEntityOfPage', 'url', 'publisher', 'image'],
			required: ['headline', 'dateModified', 'inLanguage'],
		},
		BreadcrumbList: { allowed: ['@context', '@type', 'itemListElement'], required: ['itemListElement'] },
		FAQPage: { allowed: ['@context', '@type', 'inLanguage', 'mainEntity'], required: ['mainEntity'] },
	};

	it('describes an article as schema.org TechArticle, BreadcrumbList and FAQPage', async () => {
		const data = await jsonLd('tr/iade/iade-sureci/index.html');
		expect(data.map((item) => item['@type'])).toEqual(['TechArticle', 'BreadcrumbList', 'FAQPage']);
		for (const item of data) {
			const { allowed, required } = SCHEMA[String(item['@type'])]!;
			expect(item['@context']).toBe('https://schema.org');
			expect(Object.keys(item).filter((key) => !allowed.includes(key))).toEqual([]);
			for (const key of required) expect(item[key]).toBeTruthy();
		}
		const [article, breadcrumbs, faq] = data as [
			Record<string, unknown>,
			{ itemListElement: Array<Record<string, unknown>> },
			{ mainEntity: Array<{ '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }> },
		];
		expect(article).toMatchObject({
			headline: 'İade nasıl yapılır?',
			dateModified: '2026-10-01',
			inLanguage: 'tr',
			url: 'https://help.fixture.example/help/tr/iade/iade-sureci/',
		});
		expect(breadcrumbs.itemListElement.map((item) => [item['@type'], item.position, item.item])).toEqual([
			['ListItem', 1, 'https://help.fixture.example/help/tr/'],
			['ListItem', 2, 'https://help.fixture.example/help/tr/iade/'],
			['ListItem', 3, 'https://help.fixture.example/help/tr/iade/iade-sureci/'],
		]);
		expect(faq.mainEntity).toEqual([
			{ '@type': 'Question', name: 'İade ücretli mi?', acceptedAnswer: { '@type': 'Answer', text: 'Hayır, iade kargosu ücretsizdir.' } },
			{ '@type': 'Question', name: 'Param ne zaman yatar?', acceptedAnswer: { '@type': 'Answer', text: 'Ayrıntılar para iadesi sayfasında.' } },
		]);
	});

	it('gives canonical, OpenGraph and Twitter tags, pointing fallback pages at their original', async () => {
		const own = await page('en/iade/iade-sureci/index.html');
		expect(attr(own, 'link[rel=canonical]', 'href')).toBe('https://help.fixture.example/help/en/iade/iade-sureci/');
		expect(attr(own, 'meta[property="og:type"]', 'content')).toBe('article');
		expect(attr(own, 'meta[property="og:locale"]', 'content')).toBe('en_US');
		expect(attr(own, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
		expect(attr(own, 'meta[property="og:image"]', 'content')).toBe('https://help.fixture.example/help/en/iade/iade-sureci/card.png');
		const fallback = await page('en/kargo/kargo-takibi/index.html');
		expect(attr(fallback, 'link[rel=canonical]', 'href')).toBe('https://help.fixture.example/help/tr/kargo/kargo-takibi/');
		expect(attr(fallback, 'meta[property="og:image"]', 'content')).toBe('https://help.fixture.example/help/tr/kargo/kargo-takibi/card.png');
		// Pages that are not articles have no card, and no picture is configured here.
		expect(select('meta[property="og:image"]', await page('tr/index.html'))).toBeFalsy();
		expect(attr(await page('tr/index.html'), 'meta[name="twitter:card"]', 'content')).toBe('summary');
		// The search page is the list of every article; its ?q= variants share this canonical URL.
		const search = await page('tr/search/index.html');
		expect(attr(search, 'link[rel=canonical]', 'href')).toBe('https://help.fixture.example/help/tr/search/');
		expect(select('meta[name=robots]', search)).toBeFalsy();
		expect(attr(await page('tr/404.html'), 'meta[name=robots]', 'content')).toBe('noindex, follow');
	});

	it('draws a 1200×630 card per article written in a language, right to left in Arabic, none for drafts or fallbacks', async () => {
		const cards = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('/card.png')).sort();
		expect(cards).toEqual([
			'ar/iade/iade-sureci/card.png',
			'en/iade/iade-sureci/card.png',
			'tr/iade/iade-sureci/card.png',
			'tr/iade/para-iadesi/card.png',
			'tr/kargo/kargo-takibi/card.png',
		]);
		for (const card of cards) expect(await sharp(join(dist, card)).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		// The title is drawn: Turkish and Arabic titles give different pictures; the right-to-left one starts at the right.
		const [tr, ar] = await Promise.all(
			['tr', 'ar'].map((l) =>
				sharp(join(dist, l, 'iade/iade-sureci/card.png'))
					.extract({ left: 0, top: 180, width: 1200, height: 80 })
					.stats(),
			),
		);
		const inkAt = async (locale: string, left: number) =>
			(
				await sharp(join(dist, locale, 'iade/iade-sureci/card.png'))
					.extract({ left, top: 180, width: 200, height: 80 })
					.stats()
			).channels[0]!.max;
		expect(tr!.channels[0]!.mean).not.toBe(ar!.channels[0]!.mean);
		expect(await inkAt('tr', 80)).toBeGreaterThan(200);
		expect(await inkAt('ar', 920)).toBeGreaterThan(200);
	});

	it('lists real pages in sitemap.xml with hreflang alternates and lastmod, and names it in robots.txt', async () => {
		const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
		const entry = (url: string) => sitemap.split('<url>').find((block) => block.includes(`<loc>${url}</loc>`));
		const article = entry('https://help.fixture.example/help/tr/iade/iade-sureci/')!;
		expect(article).toContain('<lastmod>2026-10-01</lastmod>');
		for (const [lang, path] of [
			['tr', 'tr'],
			['en', 'en'],
			['ar', 'ar'],
			['x-default', 'tr'],
		]) {
			expect(article).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="https://help.fixture.example/help/${path}/iade/iade-sureci/"/>`);
		}
		expect(entry('https://help.fixture.example/help/en/kargo/kargo-takibi/'), 'fallback pages are not listed').toBeUndefined();
		expect(sitemap).not.toContain('taslak');
		// Every listed page exists.
		for (const [, url] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
			expect(existsSync(join(dist, fileForUrlPath(new URL(url!).pathname, BASE)!)), url).toBe(true);
		expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://help.fixture.example/help/sitemap.xml');
	});

	it('writes _headers with a CSP that keeps inline scripts out and lets Pagefind run, and _redirects under the base', async () => {
		const headers = await readFile(join(dist, '_headers'), 'utf8');
		const csp = headers.match(/Content-Security-Policy: (.+)/)![1]!;
		const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
		expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).toContain("worker-src 'self' blob:");
		expect(headers).toMatch(/^\/help\/\*$/m);
		expect(headers).toMatch(/^\/help\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(name);
		const redirects = await readFile(join(dist, '_redirects'), 'utf8');
		expect(redirects).toContain('/help/  /help/en/  302  Language=en');
		expect(redirects).toContain('/help/ar/*  /help/ar/404.html  404');
	});
});
