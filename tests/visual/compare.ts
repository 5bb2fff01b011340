import pixelmatch from 'pixelmatch';
import sharp from 'sharp';

/**
 * Per-pixel color distance (pixelmatch's YIQ measure, 0 to 1) above which two pixels differ.
 * Two runs of the same Chromium here give identical pixels even at 0; 0.01 still forgives a
 * rounding step or two in blended colors, and sees a lightness change of 3/255. Pixelmatch's
 * default, 0.1, lets a change of 26/255 through: a gray border one step darker (#e5e7eb to
 * #d1d5db) or a dark background a shade lighter (#111318 to #16181e), which tokens do. Antialiased
 * edges are skipped by pixelmatch itself (includeAA: false).
 */
export const PIXEL_THRESHOLD = 0.01;

/**
 * Share of pixels that may differ before a shot fails: 0.1%, about 330 pixels of a phone's first
 * screen. Enough for glyph-edge noise that pixelmatch does not recognise as antialiasing; a moved
 * border, a new color or a line of text that wraps differently changes thousands.
 */
export const MAX_DIFF_RATIO = 0.001;

export type Comparison = { match: true; differentPixels: number } | { match: false; reason: string; differentPixels?: number; diffPng?: Buffer };

interface Raw {
	data: Buffer;
	width: number;
	height: number;
}

/** RGBA pixels of a PNG. Both sides are decoded the same way, so only the pixels can differ. */
async function decode(png: Buffer): Promise<Raw> {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

/** Compares a fresh screenshot with its baseline; on a mismatch, says how and draws the difference. */
export async function comparePng(actual: Buffer, baseline: Buffer): Promise<Comparison> {
	const [a, b] = await Promise.all([decode(actual), decode(baseline)]);
	if (a.width !== b.width || a.height !== b.height) {
		return { match: false, reason: `size ${a.width}×${a.height}, baseline ${b.width}×${b.height}` };
	}
	const diff = Buffer.alloc(a.width * a.height * 4);
	const differentPixels = pixelmatch(a.data, b.data, diff, a.width, a.height, { threshold: PIXEL_THRESHOLD });
	const allowed = Math.floor(a.width * a.height * MAX_DIFF_RATIO);
	if (differentPixels <= allowed) return { match: true, differentPixels };
	const share = ((differentPixels / (a.width * a.height)) * 100).toFixed(2);
	const diffPng = await sharp(diff, { raw: { width: a.width, height: a.height, channels: 4 } })
		.png()
		.toBuffer();
	return { match: false, reason: `${differentPixels} pixels differ (${share}%, at most ${allowed} allowed)`, differentPixels, diffPng };
}
