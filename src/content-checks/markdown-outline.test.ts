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
		expect(outline.rawHtml).toEqual([
{ line: 12, column: 6, tag: 'span' }]);
	});

	it('numbers repeated headings as the page does', () => {
		expect([...scanOutline('## Adımlar\nx\n## Adımlar\ny\n', 1).anchors]).toEqual(['adımlar', 'adımlar-1']);
	});
});
