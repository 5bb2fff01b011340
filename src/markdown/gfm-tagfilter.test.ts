import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { createArticleRenderer } from './article-renderer.ts';
import { markdownPlugins } from './markdown-plugins.ts';
import { markdownContext } from './markdown-setup.ts';

const renderer = createArticleRenderer(
	{},
	markdownPlugins(markdownContext({ contentRoot: '/site/content', defaultLocale: 'tr', resources: { tr: {} }, renderDigest: 'test' })),
);
const render = async (markdown: string) =>
	fromHtml((await renderer.render(markdown, { fileURL: new URL('file:///site/content/tr/a/b.md') })).code, { fragment: true });

describe('disallowed raw HTML (GFM tagfilter)', () => {
	it('shows <title>, <style> and <xmp> as text and keeps what follows them as it was written (GFM example 657)', async () => {
		const tree = await render('<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n');
		expect(toString(select('p strong', tree)!)).toBe(' <title> <style> ');
		const quote = select('blockquote', tree)!;
		expect(toString(quote).trim()).toBe('<xmp> is disallowed.  <XMP> is also disallowed.');
		// Before: the blockquote's lines were swallowed as text of the bold paragraph.
		expect(select('p strong', tree)!.children.some((child) => child.type === 'text' && child.value.includes('blockquote'))).toBe(false);
	});

	it('ends a tag left open in a paragraph with that paragraph, so the text after it is not bold (GFM example 657)', async () => {
		const tree = await render('<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.\n</blockquote>\n\nSonraki paragraf <b>kalın</b>\n');
		expect(select('p strong em', tree)).toBeDefined();
		const quote = select('blockquote', tree)!;
		expect(select('strong, em', quote)).toBeUndefined();
		const last = selectAll('p', tree).at(-1)!;
		expect(toString(last)).toBe('Sonraki paragraf kalın');
		expect(selectAll('strong, em', tree).every((node) => !toString(node).includes('Sonraki'))).toBe(true);
		// Tags the writer closed stay as written.
		expect(toString(select('p b', tree)!)).toBe('kalın');
	});

	it('leaves an HTML block that wraps Markdown as written', async () => {
		const tree = await render('<div class="note">\n\n**Not:** kargo ücreti iade edilmez.\n\n</div>\n\nSon satır\n');
		expect(toString(select('div p', tree)!)).toBe('Not: kargo ücreti iade edilmez.');
		expect(select('div', tree)!.children.some((node) => node.type === 'element' && toString(node) === 'Son satır')).toBe(false);
	});

	it('keeps later raw HTML working after an unclosed <textarea> or <style>', async () => {
		const tree = await render('Metin <textarea> kutusu ve <style> etiketi\n\n<kbd>Ctrl</kbd> tuşu, H<sub>2</sub>O');
		expect(selectAll('kbd, sub', tree).map((node) => toString(node))).toEqual(['Ctrl', '2']);
		expect(toString(tree)).toContain('Metin <textarea> kutusu ve <style> etiketi');
		expect(select('textarea, style', tree)).toBeUndefined();
	});

	it('still removes closed <script> and <style> with their content', async () => {
		const tree = await render('<script>alert(1)</script>\n\nÖnce <style>p{}</style> sonra');
		expect(toString(tree)).not.toContain('alert');
		expect(toString(tree)).not.toContain('p{}');
		expect(toString(tree)).toContain('Önce  sonra');
	});
});
