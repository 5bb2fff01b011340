import { describe, expect, it } from 'vitest';
import { articleText } from './markdown-text.ts';

describe('article text for the report', () => {
	it('reads the headings as the page shows them, without those inside code', () => {
		const { headings } = articleText(
			'Intro\n\n## Kapıda *ödeme* nasıl seçilir?\n\n```md\n## not a heading\n```\n\n### [Teslimat](../kargo/teslimat.md) anında\n',
		);
		expect(headings).toEqual(['Kapıda ödeme nasıl seçilir?', 'Teslimat anında']);
	});

	it('keeps the words of the body and drops code, link addresses, HTML tags and directive names', () => {
		const { body } = articleText(
			'Kurye gelir.\n\n```js\nconst secret = 1;\n```\n\n:::tip\nBakın: [Paket hasarlı](../kargo/hasarli-paket.md), <b>kalın</b> `kod` https://example.com/x\n:::\n',
		);
		const words = body.split(/[^\p{L}]+/u).filter(Boolean);
		expect(words).toEqual(['Kurye', 'gelir', 'Bakın', 'Paket', 'hasarlı', 'kalın']);
	});
});
