import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { comparePng } from './compare.ts';

const WHITE = { r: 255, g: 255, b: 255 };

/** A 100×100 white PNG with, optionally, a colored square of `side` pixels in its corner. */
async function png({ width = 100, height = 100, side = 0, color = { r: 11, g: 110, b: 79 } } = {}): Promise<Buffer> {
	const image = sharp({ create: { width, height, channels: 3, background: WHITE } });
	if (side === 0) return image.png().toBuffer();
	const square = await sharp({ create: { width: side, height: side, channels: 3, background: color } })
		.png()
		.toBuffer();
	return image
		.composite([{ input: square, left: 0, top: 0 }])
		.png()
		.toBuffer();
}

describe('comparing a screenshot with its baseline', () => {
	it('matches the same pixels, whatever the PNG encoding', async () => {
		const baseline = await sharp(await png({ side: 20 }))
			.png({ compressionLevel: 9 })
			.toBuffer();
		expect(await comparePng(await png({ side: 20 }), baseline)).toEqual({ match: true, differentPixels: 0 });
	});

	it('lets up to 0.1% of the pixels differ, as antialiasing does between two runs', async () => {
		// A 3×3 square is 9 pixels of 10,000: 0.09%.
		const result = await comparePng(await png({ side: 3 }), await png());
		expect(result).toEqual({ match: true, differentPixels: 9 });
	});

	it('fails on a changed color over more than 0.1% of the pixels, and draws where', async () => {
		const result = await comparePng(await png({ side: 20 }), await png({ side: 20, color: { r: 180, g: 30, b: 30 } }));
		expect(result.match).toBe(false);
		if (result.match) return;
		expect(result.reason).toBe('400 pixels differ (4.00%, at most 10 allowed)');
		const diff = await sharp(result.diffPng).metadata();
		expect([diff.width, diff.height]).toEqual([100, 100]);
	});

	it('sees a light gray border one step darker, which a color threshold of 0.1 would let through', async () => {
		const result = await comparePng(
			await png({ side: 20, color: { r: 0xe5, g: 0xe7, b: 0xeb } }),
			await png({ side: 20, color: { r: 0xd1, g: 0xd5, b: 0xdb } }),
		);
		expect(result.match).toBe(false);
	});

	it('sees a dark background a shade lighter, which a color threshold of 0.05 would let through', async () => {
		const dark = { width: 100, height: 100, side: 100 };
		const result = await comparePng(await png({ ...dark, color: { r: 0x11, g: 0x13, b: 0x18 } }), await png({ ...dark, color: { r: 0x16, g: 0x18, b: 0x1e } }));
		expect(result.match).toBe(false);
	});

	it('forgives a rounding step in a blended color', async () => {
		const result = await comparePng(
			await png({ side: 20, color: { r: 0x11, g: 0x13, b: 0x18 } }),
			await png({ side: 20, color: { r: 0x12, g: 0x14, b: 0x19 } }),
		);
		expect(result).toEqual({ match: true, differentPixels: 0 });
	});

	it('fails on a different size, naming both', async () => {
		const result = await comparePng(await png({ height: 120 }), await png());
		expect(result).toEqual({ match: false, reason: 'size 100×120, baseline 100×100' });
	});
});
