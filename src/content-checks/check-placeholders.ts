import { placeholderTexts } from '../scaffold/article-hints.ts';
import type { CheckedArticle, Report } from './content-types.ts';

const placeholders = placeholderTexts();

/**
 * `npm run new` starts articles with hints that pass the schema; once `draft: true` is removed
 * they would be published as they are. Any hint still in a published article is an error.
 */
export function checkPlaceholders(article: CheckedArticle, report: Report): void {
	const { data, parsed, file } = article;
	if (data && placeholders.descriptions.has(data.description)) {
		report(
			file.displayPath,
			parsed.lineOf('description'),
			'the description is still the placeholder from npm run new',
			'write one sentence that sums up the article',
		);
	}
	const lines = parsed.body.split('\n');
	for (const hint of placeholders.bodyLines) {
		const index = lines.findIndex((line) => line.includes(hint));
		if (index !== -1)
			report(
				file.displayPath,
				parsed.bodyStartLine + index,
				`a hint from npm run new is still in the text: "${hint.slice(0, 40)}…"`,
				'replace it with your text',
			);
	}
}
