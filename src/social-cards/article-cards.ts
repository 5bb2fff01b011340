import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishedArticle } from '../catalog/content-index-model.ts';
import type { ContentModel } from '../catalog/content-model.ts';
import { localizedText } from '../i18n/localized-text.ts';
import type { DestekConfig } from '../schemas/config.ts';
import { ARTICLE_CARD_FILE } from '../utils/urls.ts';
import { renderCard, type CardText } from './render-card.ts';

export interface ArticleCard {
	/** Inside `dist/`. */
	file: string;
	text: CardText;
}

/** One card per article written in a locale (fallback pages share their original's), drafts left out. */
export function planArticleCards(content: ContentModel<PublishedArticle>, config: DestekConfig): ArticleCard[] {
	const cards: ArticleCard[] = [];
	for (const locale of content.locales) {
		for (const category of content.categories(locale)) {
			for (const { slug, isFallback, source: article } of category.articles) {
				if (isFallback) continue;
				cards.push({
					// Next to the article's page: `<locale>/<category>/<slug>/card.png`.
					file: join(locale, category.id, slug, ARTICLE_CARD_FILE),
					text: {
						title: article.data.title,
						siteTitle: localizedText(config.title, locale, config.defaultLocale),
						category: category.title,
						dir: config.locales[locale]?.dir ?? 'ltr',
						accentColor: config.brand.accentColor,
					},
				});
			}
		}
	}
	return cards;
}

/**
 * Draws the cards into a cache folder, a few at a time on sharp's threads, while Astro builds the
 * pages; `copyInto` then puts them in `dist/`. A card is drawn again only when what it shows (or the
 * drawing code) changed, so rebuilds cost nothing.
 */
export function drawArticleCards(cards: ArticleCard[], cacheDir: string): { copyInto(dist: string): Promise<number> } {
	const drawn = (async () => {
		const version = await readFile(fileURLToPath(new URL('./render-card.ts', import.meta.url)));
		await mkdir(cacheDir, { recursive: true });
		const cached = new Map<ArticleCard, string>();
		let next = 0;
		const drawNext = async (): Promise<void> => {
			for (let card = cards[next++]; card; card = cards[next++]) {
				const key = createHash('sha256').update(version).update(JSON.stringify(card.text)).digest('hex').slice(0, 24);
				const path = join(cacheDir, `${key}.png`);
				if (!(await exists(path))) {
					// Written whole under a temporary name first, so an interrupted build never leaves half a picture.
					await writeFile(`${path}.${process.pid}.tmp`, await renderCard(card.text));
					await rename(`${path}.${process.pid}.tmp`, path);
				}
				cached.set(card, path);
			}
		};
		await Promise.all(Array.from({ length: availableParallelism() }, drawNext));
		return cached;
	})();
	// Kept for copyInto: a failure must surface there, not as an unhandled rejection mid-build.
	drawn.catch(() => undefined);
	return {
		async copyInto(dist) {
			const cached = await drawn;
			for (const [card, path] of cached) {
				await mkdir(dirname(join(dist, card.file)), { recursive: true });
				await copyFile(path, join(dist, card.file));
			}
			return cached.size;
		},
	};
}

function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		() => false,
	);
}
