import { posix } from 'node:path';
import { ARTICLE_EXTENSION, parseArticlePath } from './article-path.ts';

export interface ArticleLinkTarget {
	/** Target article id `<category>/<slug>`. */
	id: string;
	/** Locale folder the written path points into (normally the linking file's own). */
	locale: string;
	/** Heading anchor, without `#`. */
	hash: string | undefined;
}

/** Links with a scheme (`https:`, `mailto:`), protocol-relative or site-absolute links are not article links. */
export function isRelativeLink(href: string): boolean {
	return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href);
}

/**
 * Resolves a relative link written in an article (`../iade/iade-sureci.md#anchor`) against the
 * article's own path inside the content folder (`tr/kargo/hasarli-paket.md`). Returns null when the
 * link does not point to a Markdown file at all (an image, a PDF…).
 */
export function resolveArticleLink(fromRelativePath: string, href: string): ArticleLinkTarget | { invalid: string } | null {
	const [pathPart = '', ...hashParts] = href.split('#');
	const path = safeDecode(pathPart.split('?')[0]!);
	if (!path.endsWith(ARTICLE_EXTENSION)) return null;
	const resolved = posix.normalize(posix.join(posix.dirname(fromRelativePath.replaceAll('\\', '/')), path));
	const target = parseArticlePath(resolved);
	if (!target || resolved.startsWith('..')) return { invalid: resolved };
	const hash = hashParts.join('#') || undefined;
	return { id: `${target.category}/${target.slug}`, locale: target.locale, hash: hash && safeDecode(hash) };
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
