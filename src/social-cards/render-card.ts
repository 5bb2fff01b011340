import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { escapeHtml } from '../utils/escape-html.ts';
import { readableTextOn } from '../utils/contrast.ts';
import { memoize } from '../utils/memoize.ts';

/** What a card shows: the article's title large, the help center's name above, its category below. */
export interface CardText {
	title: string;
	siteTitle: string;
	category: string;
	dir: 'ltr' | 'rtl';
	accentColor: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_BOX = 300;
const LINE_HEIGHT = 48;

// DejaVu, shipped from npm so every machine draws the same letters: Turkish, German, Arabic (joined
// and right to left by Pango), Cyrillic and Greek.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const BOLD = join(fontDir, 'DejaVuSans-Bold.ttf');
const REGULAR = join(fontDir, 'DejaVuSans.ttf');

/**
 * The picture shown when an article is shared (OpenGraph, Twitter, WhatsApp): 1200×630 PNG on the
 * brand color, in the reading direction of its language. Long titles are set smaller to fit.
 */
export async function renderCard(card: CardText): Promise<Buffer> {
	const ink = readableTextOn(card.accentColor);
	const align = card.dir === 'rtl' ? 'right' : 'left';
	const text = (value: string, font: string, fontfile: string, height?: number) => renderText(value, font, fontfile, ink, height);

	let title = await text(card.title, 'DejaVu Sans Bold 64', BOLD);
	// Too tall (or a word too long) at 64 px: let sharp fit it into the box instead.
	if (title.info.height > TITLE_BOX || title.info.width > TEXT_WIDTH) title = await text(card.title, 'DejaVu Sans Bold', BOLD, TITLE_BOX);
	const [site, category, background] = await Promise.all([
		drawLine(card.siteTitle, 'DejaVu Sans', REGULAR, ink),
		drawLine(card.category, 'DejaVu Sans Bold', BOLD, ink),
		drawBackgroundOnce(card.accentColor, ink, align),
	]);
	const place = (layer: TextLayer, top: number) => ({
		input: layer.data,
		raw: { width: layer.info.width, height: layer.info.height, channels: 4 as const },
		top,
		left: align === 'right' ? CARD_WIDTH - MARGIN - layer.info.width : MARGIN,
	});
	return sharp(background, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
		.composite([place(site, MARGIN), place(title, 180), place(category, CARD_HEIGHT - 55 - Math.round(category.info.height / 2))])
		.png({ compressionLevel: 6, adaptiveFiltering: false })
		.toBuffer();
}

type TextLayer = { data: Buffer; info: { width: number; height: number } };

function renderText(value: string, font: string, fontfile: string, ink: string, height?: number): Promise<TextLayer> {
	return sharp({
		text: {
			text: `<span foreground="${ink}">${escapeHtml(value)}</span>`,
			font,
			fontfile,
			width: TEXT_WIDTH,
			...(height ? { height } : {}),
			rgba: true,
			// Words too long for a line (URLs, codes) break between letters.
			wrap: 'word-char',
			// Pango mirrors the alignment of right-to-left paragraphs: "left" is their start, the right edge.
			align: 'left',
		},
	})
		.raw()
		.toBuffer({ resolveWithObject: true });
}

async function drawBackground(accentColor: string, ink: string, align: 'left' | 'right'): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"><rect width="100%" height="100%" fill="${accentColor}"/><rect y="${CARD_HEIGHT - 110}" width="100%" height="110" fill="${ink}" fill-opacity="0.14"/><rect x="${align === 'right' ? CARD_WIDTH - MARGIN - 96 : MARGIN}" y="${MARGIN + 64}" width="96" height="8" rx="4" fill="${ink}"/></svg>`;
	return sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
}

/** The site's name or a category, on one line (a long one set smaller to fit): the same for every card of a language or category, so drawn once. */
const drawLine = memoize(async (value: string, font: string, fontfile: string, ink: string): Promise<TextLayer> => {
	const layer = await renderText(value, `${font} 34`, fontfile, ink);
	return layer.info.height > LINE_HEIGHT || layer.info.width > TEXT_WIDTH ? renderText(value, font, fontfile, ink, LINE_HEIGHT) : layer;
});

const drawBackgroundOnce = memoize(drawBackground);
