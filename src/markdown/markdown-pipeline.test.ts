import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from './markdown-plugins.ts';
import { createArticleRenderer } from './article-renderer.ts';
import { createTranslator, type UiKey } from '../i18n/create-translator.ts';

const contentRoot = '/site/content';
const t = createTranslator(
	{
		tr: { 'callout.tip': 'İpucu', 'callout.warning': 'Dikkat', 'link.external': 'başka bir siteye gider', 'heading.link': 'Bu bölümün bağlantısı: {{title}}' },
		en: { 'callout.tip': 'Tip', 'link.external': 'opens another website' },
	},
	'tr',
);
const context = {
	contentRoot,
	defaultLocale: 'tr',
	renderDigest: 'test',
	translate: (locale: string, key: UiKey, options?: Record<string, unknown>) => t(locale)(key, options ?? {}),
};
const processor = createArticleRenderer({}, markdownPlugins(context));

/** Renders Markdown as if it were the article `content/<path>` and parses the HTML for assertions. */
async function render(markdown: string, path = 'tr/kargo/hasarli-paket.md') {
	const result = await processor.render(markdown, { fileURL: new URL(`file://${contentRoot}/${path}`) });
	return { tree: fromHtml(result.code, { fragment: true }), html: result.code, frontmatter: result.metadata.frontmatter };
}

describe('Markdown pipeline', () => {
	it('turns callouts into labelled asides with the title in the article’s language', async () => {
		const { tree } = await render(':::tip\nKodu saklayın.\n:::');
		const aside = select('aside.callout.callout-tip', tree)!;
		expect(aside.properties.ariaLabel).toBe('İpucu');
		expect(toString(select('.callout-title', aside)!)).toBe('İpucu');
		const english = await render(':::tip\nKeep the code.\n:::', 'en/kargo/hasarli-paket.md');
		expect(toString(select('.callout-title', english.tree)!)).toBe('Tip');
	});

	it('uses a callout’s own label when it has one', async () => {
		const { tree } = await render(':::warning[Hijyen ürünleri]\nAçılmış ürün iade edilemez.\n:::');
		expect(toString(select('.callout-warning .callout-title', tree)!)).toBe('Hijyen ürünleri');
	});

	it('renders FAQ blocks as details/summary pairs and records them for structured data', async () => {
		const { tree, frontmatter } = await render(':::faq\n### İade ücretli mi?\nHayır, **ücretsiz**.\n\n### Ne zaman?\nHemen.\n:::');
		const items = selectAll('.faq > details.faq-item', tree);
		expect(items).toHaveLength(2);
		expect(toString(select('summary', items[0])!)).toBe('İade ücretli mi?');
		expect(toString(select('.faq-answer', items[0])!).trim()).toBe('Hayır, ücretsiz.');
		expect(items[0]!.properties.id).toBe('faq-iade-ücretli-mi');
		expect(frontmatter.faq).toEqual([
			{ question: 'İade ücretli mi?', answer: 'Hayır, ücretsiz.' },
			{ question: 'Ne zaman?', answer: 'Hemen.' },
		]);
	});

	it('rewrites links between articles to page URLs relative to the article', async () => {
		const { tree } = await render('[iade](../iade/iade-sureci.md#adımlar) ve [aynı](./kargom-gelmedi.md) ve [en](../../en/iade/iade-sureci.md)');
		expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual([
			'../../iade/iade-sureci/#ad%C4%B1mlar', // encoded by mdast-util-to-hast; browsers match it to id="adımlar"
			'../../kargo/kargom-gelmedi/',
			'../../../en/iade/iade-sureci/',
		]);
	});

	it('marks external links, keeps them safe and announces them', async () => {
		const { tree } = await render('[KVKK](https://www.kvkk.gov.tr/) ve [iç](../iade/a.md)');
		const [external, internal] = selectAll('a', tree);
		expect(external!.properties.rel).toEqual(['noopener', 'noreferrer']);
		expect(external!.properties.className).toContain('external-link');
		expect(toString(external!)).toBe('KVKK (başka bir siteye gider)');
		expect(internal!.properties.rel).toBeUndefined();
	});

	it('gives headings Turkish-friendly ids and a translated link to the section', async () => {
		const { tree, frontmatter } = await render('## İade adımları\n\nMetin');
		const heading = select('h2', tree)!;
		expect(heading.properties.id).toBe('iade-adımları');
		const link = select('a.heading-link', heading)!;
		expect(link.properties.href).toBe('#iade-adımları');
		expect(toString(select('.visually-hidden', link)!)).toBe('Bu bölümün bağlantısı: İade adımları');
		expect(frontmatter.toc).toEqual([{ depth: 2, slug: 'iade-adımları', text: 'İade adımları' }]);
	});

	it('keeps safe raw HTML and removes what could run a script or restyle the page', async () => {
		const { html, tree } = await render(
			'Önce\n\n<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\nSonra <b onclick="x()">kalın</b>, <kbd>Ctrl</kbd>+<kbd>K</kbd>, H<sub>2</sub>O ' +
				'<a href="javascript:alert(1)" onmouseover="x()">tıkla</a> <img src=x onerror="alert(1)" alt="x"> <span style="color:red">kırmızı</span>\n\n' +
				'<details><summary>Ayrıntı</summary>\n\nİçerik\n\n</details>\n\n<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>\n\n<form action="/x"><input name="q"></form>',
		);
		for (const gone of ['<script', 'alert(1)', '<style', 'display:none', 'onclick', 'onmouseover', 'onerror', 'javascript:', 'style=', '<iframe', '<form'])
			expect(html).not.toContain(gone);
		expect(selectAll('input', tree).every((input) => input.properties.type === 'checkbox' && input.properties.disabled)).toBe(true);
		expect(selectAll('kbd', tree).map((k) => toString(k))).toEqual(['Ctrl', 'K']);
		expect(toString(select('sub', tree)!)).toBe('2');
		expect(toString(select('details summary', tree)!)).toBe('Ayrıntı');
		expect(toString(select('b', tree)!)).toBe('kalın');
	});

	it('keeps iframes only from the hosts a store lists, over https, and removes all raw HTML when told to', async () => {
		const withVideos = createArticleRenderer({}, markdownPlugins({ ...context, allowHtml: { iframeHosts: ['www.youtube-nocookie.com'] } }));
		const video = (
			await withVideos.render(
				'<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" onload="x()"></iframe>\n\n<iframe src="https://evil.example/x"></iframe>\n\n<iframe src="http://www.youtube-nocookie.com/embed/y"></iframe>',
			)
		).code;
		expect(video).toContain('<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>');
		expect(video).not.toContain('evil.example');
		expect(video).not.toContain('embed/y');
		const noHtml = createArticleRenderer({}, markdownPlugins({ ...context, allowHtml: false }));
		expect((await noHtml.render('Metin <kbd>Ctrl</kbd>')).code).toBe('<p>Metin Ctrl</p>');
	});

	it('keeps text that only looks like a directive', async () => {
		const { tree } = await render('Saat 10:30’da, Not:önemli ve ::yalnız');
		expect(toString(tree)).toContain('Not:önemli');
		expect(toString(tree)).toContain('10:30');
		expect(toString(tree)).toContain('::yalnız');
	});

	it('supports GitHub-flavoured tables, task lists and autolinks', async () => {
		const { tree } = await render('| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] bitti\n\nhttps://example.com');
		expect(select('table td', tree)).toBeTruthy();
		expect(select('label > input[type=checkbox][checked]', tree)).toBeTruthy();
		expect(toString(select('li.task-list-item label', tree)!).trim()).toBe('bitti');
		expect(select('a[href="https://example.com"]', tree)).toBeTruthy();
	});

	it('links bare addresses found in text, as GitHub does, but not inside code', async () => {
		const { tree } = await render(
			'Yazın: destek@ornek.com, www.ornek.com/iade veya (https://ornek.com/kargo?no=1).\n\n~~eski~~ yeni[^1]\n\n[^1]: Not.\n\n`https://kod.example` içinde değil.',
		);
		const hrefs = selectAll('a', tree).map((a) => String(a.properties.href));
		expect(hrefs).toEqual(expect.arrayContaining(['mailto:destek@ornek.com', 'http://www.ornek.com/iade', 'https://ornek.com/kargo?no=1']));
		expect(hrefs.some((href) => href.includes('kod.example'))).toBe(false);
		expect(toString(select('del', tree)!)).toBe('eski');
		expect(select('section.footnotes, section[data-footnotes]', tree)).toBeTruthy();
	});

	it('links a whole e-mail address written after mailto:, dots in the name included, as remark-gfm does', async () => {
		const { tree } = await render('Yazın: mailto:destek.ekibi@cinarmarket.example ya da mailto:destek@cinarmarket.example');
		expect(selectAll('a', tree).map((a) => [String(a.properties.href), toString(a)])).toEqual([
			['mailto:destek.ekibi@cinarmarket.example', 'destek.ekibi@cinarmarket.example'],
			['mailto:destek@cinarmarket.example', 'destek@cinarmarket.example'],
		]);
		expect(toString(tree)).toBe('Yazın: mailto:destek.ekibi@cinarmarket.example ya da mailto:destek@cinarmarket.example');
	});

	it('leaves trailing punctuation and a following “<” out of bare links (GFM autolink rules)', async () => {
		const { tree, html } = await render('Bkz. www.ornek.com/iade_ ve www.commonmark.org/he<lp');
		expect(selectAll('a', tree).map((a) => String(a.properties.href))).toEqual(['http://www.ornek.com/iade', 'http://www.commonmark.org/he']);
		expect(html).toContain('</a>_ ve');
		expect(html).toContain('</a>&#x3C;lp');
	});

	it('counts words for the reading time', async () => {
		const { frontmatter } = await render(`${'kelime '.repeat(250)}\n\nİkinci paragraf`);
		expect(frontmatter.wordCount).toBe(252);
		expect(frontmatter.readingMinutes).toBe(2);
	});
});

describe('the article renderer', () => {
	it('parses raw HTML a plugin leaves in the tree, and leaves trees without any alone', async () => {
		const bare = createArticleRenderer({}, { remarkPlugins: [], rehypePlugins: [] });
		// Parsed (tag names lower-cased), not copied through as written.
		expect((await bare.render('Press <KBD>Ctrl</KBD>')).code).toBe('<p>Press <kbd>Ctrl</kbd></p>');
		expect((await bare.render('No *HTML* here')).code).toBe('<p>No <em>HTML</em> here</p>');
	});
});

describe('addresses in articles', () => {
	it('drops links and images that would run a script, whatever their spelling, and keeps safe ones', async () => {
		const unsafe = [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			' \tjavascript:alert(1)',
			'java\nscript:alert(1)',
			'data:text/html,<b>x</b>',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
		];
		for (const address of unsafe) {
			const { tree } = await render(`[link](<${address}>) ![image](<${address}>) [ref][r]\n\n[r]: <${address}>`);
			// What a browser would do with each address left in the page: only web, mail and phone addresses.
			const protocols = selectAll('[href], [src]', tree).map(
				(node) => new URL(String(node.properties.href ?? node.properties.src), 'https://help.example/tr/').protocol,
			);
			expect(
				protocols.filter((protocol) => !['https:', 'http:', 'mailto:', 'tel:'].includes(protocol)),
				address,
			).toEqual([]);
		}
		const { tree } = await render('[a](https://ornek.com) [b](mailto:destek@ornek.com) [c](tel:+908505552424) [d](#iade-adimlari) [e](/tr/kargo/)');
		expect(selectAll('a', tree).map((a) => String(a.properties.href))).toEqual([
			'https://ornek.com',
			'mailto:destek@ornek.com',
			'tel:+908505552424',
			'#iade-adimlari',
			'/tr/kargo/',
		]);
	});
});
