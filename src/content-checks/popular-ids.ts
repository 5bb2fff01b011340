import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedArticle, ContentIndex } from '../content-checks/content-types.ts';
import type { ContentProblem } from '../content-checks/problem.ts';
import type { DestekConfig } from '../schemas/config.ts';

/** `popular` names articles by id; each must exist in the default locale. */
export function checkPopularIds(root: string, config: DestekConfig, index: ContentIndex): ContentProblem[] {
	const known = index.articles.get(config.defaultLocale) ?? new Map<string, CheckedArticle>();
	const missing = config.popular.filter((id) => !known.has(id) || known.get(id)?.data?.draft);
	if (!missing.length) return [];
	let source = '';
	try {
		source = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
	} catch {
		// Config in another file: report line 1.
	}
	return missing.map((id) => {
		const offset = source.indexOf(`'${id}'`) >= 0 ? source.indexOf(`'${id}'`) : source.indexOf(`"${id}"`);
		const line = offset >= 0 ? source.slice(0, offset).split('\n').length : 1;
		return {
			severity: 'error',
			file: 'astro.config.mjs',
			line,
			column: 1,
			message: `popular: no published article "${id}" in ${config.defaultLocale}`,
			hint: `use the id of a file in content/${config.defaultLocale}/ as "<category>/<slug>"`,
		};
	});
}
