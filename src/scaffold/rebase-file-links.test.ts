import { describe, expect, it } from 'vitest';
import { rebaseFileLinks } from './rebase-file-links.ts';

describe('rebaseFileLinks', () => {
	it('points images and other files at the originals next to the source article', () => {
		const body = '![iade-kodu.png ekranı](./iade-kodu.png)\n\n[Form](../kargo/form.pdf?v=2#page=1) and ![x](harita.png "Harita")\n';
		const result = rebaseFileLinks(body, 'tr/iade', 'en/iade');
		expect(result.body).toBe(
			'![iade-kodu.png ekranı](../../tr/iade/iade-kodu.png)\n\n[Form](../../tr/kargo/form.pdf?v=2#page=1) and ![x](../../tr/iade/harita.png "Harita")\n',
		);
		expect(result.rebased).toEqual(['../../tr/iade/iade-kodu.png', '../../tr/kargo/form.pdf?v=2#page=1', '../../tr/iade/harita.png']);
	});

	it('leaves article links, anchors and external links as written', () => {
		const body = '[a](./para-iadesi.md#kart) [b](../kargo/kargo-takibi.md) [c](#adimlar) [d](https://example.com/x.png) ![e](/logo.svg)\n';
		expect(rebaseFileLinks(body, 'tr/iade', 'en/iade')).toEqual({ body, rebased: [] });
	});

	it('finds files inside callouts, FAQ blocks and reference definitions', () => {
		const body = ':::faq\n### Soru?\n![Ekran][ekran]\n:::\n\n[ekran]: ./ekran.png\n';
		expect(rebaseFileLinks(body, 'tr/iade', 'de/iade').body).toBe(':::faq\n### Soru?\n![Ekran][ekran]\n:::\n\n[ekran]: ../../tr/iade/ekran.png\n');
	});
});
