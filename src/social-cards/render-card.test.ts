import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCard } from './render-card.ts';

describe('article cards', () => {
	it('fit any title, name and category into 1200×630, even words longer than a line (found by the XSS test)', async () => {
		const long = 'x'.repeat(300);
		for (const card of [
			{ title: long, siteTitle: long, category: long },
			{ title: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', siteTitle: 'Çınar Market & <b>Yardım</b>', category: 'İade "ve" değişim' },
			{ title: 'Kısa', siteTitle: 'Y', category: 'K' },
		]) {
			const png = await renderCard({ ...card, dir: 'ltr', accentColor: '#1d4ed8' });
			expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
		}
	});
});
