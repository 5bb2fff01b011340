import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/load-translations.ts';
import { createArticleRenderer } from './article-renderer.ts';
import { markdownPlugins } from './markdown-plugins.ts';
import { markdownContext } from './markdown-setup.ts';

const root = new URL('../../', import.meta.url).pathname;
const locales = ['tr', 'en', 'de', 'ar'];
const { resources } = loadTranslations(root, 'locales', locales);
const contentRoot = '/site/content';
const renderer = createArticleRenderer({}, markdownPlugins(markdownContext({ contentRoot, defaultLocale: 'tr', resources, renderDigest: 'test' })));

async function render(markdown: string, locale: string) {
	const result = await renderer.render(markdown, { fileURL: new URL(`file://${contentRoot}/${locale}/kargo/hasarli-paket.md`) });
	return { tree: fromHtml(result.code, { fragment: true }), frontmatter: result.metadata.frontmatter };
}

const ARTICLE = 'Paket iki gün içinde gelir[^1], bayramda üç[^1] ya da dört[^2].\n\n## Kargo\n\n[^1]: İş günü.\n[^2]: Cumartesi dahil.';

describe('footnotes', () => {
	it('are headed and linked back in the article’s language, in every locale the site ships', async () => {
		const seen = new Set<string>();
		for (const locale of locales) {
			const { tree } = await render(ARTICLE, locale);
			expect(resources[locale]!['footnote.label'], locale).toBeTruthy();
			const heading = select('section[data-footnotes] > h2', tree)!;
			const backLabels = selectAll('a[data-footnote-backref]', tree).map((a) => String(a.properties.ariaLabel));
			expect(toString(heading), locale).toBe(resources[locale]!['footnote.label']);
			expect(backLabels, locale).toHaveLength(3);
			// Each back link names its reference (1, its second use 1-2, then 2) in the locale's words.
			for (const [n, reference] of ['1', '1-2', '2'].entries()) {
				expect(backLabels[n], locale).toContain(reference);
				expect(backLabels[n], locale).toBe(resources[locale]!['footnote.backLabel']!.replace('{{reference}}', reference));
			}
			seen.add(toString(heading));
		}
		expect(seen.size).toBe(locales.length);
	});

	it('have a heading hidden the way the site hides text, with no “#” link and no place in the table of contents', async () => {
		const { tree, frontmatter } = await render(ARTICLE, 'tr');
		const heading = select('section[data-footnotes] > h2', tree)!;
		expect(heading.properties.className).toEqual(['visually-hidden']);
		expect(select('a.heading-link', heading)).toBeUndefined();
		expect(frontmatter.toc).toEqual([{ depth: 2, slug: 'kargo', text: 'Kargo' }]);
		// Headings the writer wrote still get theirs.
		expect(select('h2#kargo > a.heading-link', tree)).toBeTruthy();
	});
});
