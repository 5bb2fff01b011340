import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { prepareArticleForIndex } from './prepare-page.ts';

const page = `<!doctype html><html lang="tr"><head><title>x</title></head><body>
<header class="site-header">Menü Yardım</header>
<article data-search-body><header><p class="fallback-notice">not</p><h1>Kapıda ödeme</h1><p class="meta">2 dakika</p></header>
<nav class="toc">Bu sayfada</nav>
<div class="prose"><p>Kuryeye ödersiniz.</p><h2 id="ıslak-imza">Islak imza<a class="heading-link" href="#x"><span class="visually-hidden">Bu bölümün bağlantısı</span></a></h2><p>Yardım için arayın.</p></div>
</article><footer>Alt bilgi</footer></body></html>`;

const article = {
	locale: 'tr',
	title: 'Kapıda ödeme',
	description: 'Kapıda ödeme nasıl işler?',
	category: 'Ödeme',
	tags: ['ödeme'],
	keywords: ['kapida odeme', 'nakit'],
};

describe('preparing an article for the index', () => {
	const tree = fromHtml(prepareArticleForIndex(page, article));
	const body = select('[data-pagefind-body]', tree)!;

	it('indexes only the article, without navigation, notices or hidden helper text', () => {
		const text = toString(body);
		expect(text).toContain('Kuryeye');
		for (const left of ['Bu sayfada', '2 dakika', 'bağlantısı', 'not']) expect(text).not.toContain(left);
		expect(select('[data-pagefind-body] header.site-header', tree)).toBeUndefined();
	});

	it('folds letters Pagefind cannot, and remembers how they were written', () => {
		expect(toString(select('h1', body)!)).toBe('Kapida ödeme');
		expect(toString(select('h2', body)!)).toBe('Islak imza');
		const restore = select('meta[data-pagefind-meta^="restore"]', tree)!.properties.content;
		const words = String(restore).split(' ');
		expect(words).toEqual(expect.arrayContaining(['kapida=kapıda', 'yardim=yardım', 'nasil=nasıl']));
		// Words of removed reading aids are not part of the article.
		expect(words).not.toContain('bağlantisi=bağlantısı');
	});

	it('adds the description and keywords after the title, weighted', () => {
		const weighted = selectAll('[data-pagefind-weight]', body).map((p) => [p.properties.dataPagefindWeight, toString(p)]);
		expect(weighted).toEqual([
			['2', 'Kapida ödeme nasil işler?'],
			['5', 'kapida odeme, nakit'],
		]);
	});

	it('keeps the title as written and makes category and tags filters', () => {
		const metas = selectAll('meta', tree).map(
			(m) => `${String(m.properties.dataPagefindMeta ?? m.properties.dataPagefindFilter)}=${String(m.properties.content)}`,
		);
		expect(metas).toEqual(expect.arrayContaining(['title[content]=Kapıda ödeme', 'category[content]=Ödeme', 'tag[content]=ödeme']));
	});

	it('hands Pagefind only the article, in a document of the page language, with quotes escaped', () => {
		const prepared = prepareArticleForIndex(page, { ...article, title: 'Say "hi" <now>' });
		expect(prepared).not.toContain('Alt bilgi');
		expect(select('html', fromHtml(prepared))!.properties.lang).toBe('tr');
		expect(select('meta[data-pagefind-meta^="title"]', fromHtml(prepared))!.properties.content).toBe('Say "hi" <now>');
	});

	it('finds the end of the article even when articles nest, and refuses a page without one', () => {
		const nested = page.replace('<p>Kuryeye ödersiniz.</p>', '<article><p>Kuryeye ödersiniz.</p></article>');
		expect(toString(select('[data-pagefind-body]', fromHtml(prepareArticleForIndex(nested, article)))!)).toContain('Yardim için');
		expect(() => prepareArticleForIndex('<html><body><p>x</p></body></html>', article)).toThrow(/data-search-body/);
	});
});
