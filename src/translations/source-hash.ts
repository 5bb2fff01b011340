import { createHash } from 'node:crypto';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';

/**
 * A short fingerprint of what a translator translates in a source article: title, description,
 * keywords and the Markdown body. A translation records it as `sourceHash`; when the source's
 * fingerprint no longer matches, the translation is outdated. `updated`, `order`, `tags` and the
 * like are left out, and so are line endings and trailing spaces, so re-saving a file or bumping its
 * date does not send every translation back to the translators.
 */
export function sourceHash(source: string): string {
	const { data, body } = parseFrontmatter(source.replace(/\r\n?/g, '\n'));
	return sourceHashOf(data, body);
}

/** The same fingerprint from a file already split into frontmatter data and body. */
export function sourceHashOf(data: Record<string, unknown>, body: string): string {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	const keywords = Array.isArray(data.keywords) ? data.keywords.map(String) : [];
	const normalizedBody = body
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
	const material = JSON.stringify([text(data.title), text(data.description), keywords, normalizedBody]);
	return createHash('sha256').update(material).digest('hex').slice(0, 12);
}
