import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isRelativeLink, resolveArticleLink } from '../utils/article-links.ts';
import { articleId } from '../utils/article-path.ts';
import { relativeArticleHref } from '../utils/urls.ts';
import { articleOfFile, type MarkdownContext } from './file-context.ts';

/**
 * Writers link articles as files (`../iade/iade-sureci.md#anchor`), which works in their editor and
 * on GitHub. Here those links become page URLs relative to the article page (`../../iade/iade-sureci/#anchor`),
 * so the same HTML is right in its own locale, on fallback pages of other locales and under any base
 * path. Broken links are reported by the content check before the build renders anything.
 */
export const remarkArticleLinks: Plugin<[MarkdownContext], Root> = (context) => (tree, file) => {
	const article = articleOfFile(file, context);
	if (!article) return;
	const fromId = articleId(article);
	visit(tree, ['link', 'definition'], (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		if (!isRelativeLink(node.url)) return;
		const target = resolveArticleLink(article.relativePath, node.url);
		if (!target || 'invalid' in target) return;
		node.url =
			target.locale === article.locale
				? relativeArticleHref(fromId, target.id, target.hash)
				: // A link into another locale's folder keeps pointing at that locale.
					`../../../${target.locale}/${target.id}/${target.hash ? `#${target.hash}` : ''}`;
	});
};
