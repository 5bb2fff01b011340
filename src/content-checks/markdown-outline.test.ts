import { describe, expect, it } from 'vitest';
import { scanOutline } from './markdown-outline.ts';

describe('scanning an article outline', () => {
	it('finds headings with their lines and the anchors the page will have', () => {
		const outline = scanOutline('Intro\n\n## İade adımları\n\nText\n\n### Kargo *kodu*\n\nMore\n', 5);
		expect(outline.headings.map((h) => [h.level, h.text, h.line, h.id])).toEqual([
			[2, 'İade adımları', 7, 'iade-adımları'],
			[3, 'Kargo kodu', 11, 'kargo-kodu'],
		]);
	});

	it('ignores headings and tags in code, and counts FAQ questions as faq- anchors', () => {
		const outline = scanOutline('```md\n# not a heading\n<b>x</b>\n```\n\n:::faq\n### Ne zaman?\nYarın.\n:::\n\nUse `<br>` here.\n', 1);
		expect(outline.headings).toEqual([]);
		expect(outline.rawHtml).toEqual([]);
		expect([...outline.anchors]).toEqual(['faq-ne-zaman']);
	});

	it('marks a section empty only when nothing, not even a subsection, follows', () => {
		const outline = scanOutline('## A\n\n## B\n### B1\ntext\n## C\n', 1);
		expect(outline.headings.map((h) => [h.text, h.empty])).toEqual([
			['A', true],
			['B', false],
			['B1', false],
			['C', true],
		]);
	});

	it('finds raw HTML tags but not autolinks or e-mail links', () => {
		const outline = scanOutline('See <https://example.com> or <destek@example.com>.\n\nText <span class="x">red</span>\n', 10);
		expect(outline.rawHtml).toEqual([{ line: 12, column: 6, tag: 'span' }]);
	});

	it('numbers repeated headings as the page does', () => {
		expect([...scanOutline('## Adımlar\nx\n## Adımlar\ny\n', 1).anchors]).toEqual(['adımlar', 'adımlar-1']);
	});
});

describe('finding links with the outline scan', () => {
	it('finds inline links, images with alt text and reference definitions, with columns', () => {
		const { links } = scanOutline(
			'See [the steps](../iade/iade-sureci.md#adimlar "Adımlar") and ![Ekran](./ekran.png).\n\n![](x.png)\n\n[ref]: ./para-iadesi.md\n',
			3,
		);
		expect(links).toEqual([
			{ kind: 'link', url: '../iade/iade-sureci.md#adimlar', line: 3, column: 5 },
			{ kind: 'image', url: './ekran.png', alt: 'Ekran', line: 3, column: 63 },
			{ kind: 'image', url: 'x.png', alt: '', line: 5, column: 1 },
			{ kind: 'link', url: './para-iadesi.md', line: 7, column: 1 },
		]);
	});

	it('ignores links in code, and reads link text with brackets', () => {
		const { links } = scanOutline('```\n[a](b.md)\n```\nUse `[x](y.md)`, then [see [1]](./z.md).\n', 1);
		expect(links).toEqual([{ kind: 'link', url: './z.md', line: 4, column: 23 }]);
	});
});
