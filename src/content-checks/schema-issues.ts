import type { z } from 'astro/zod';
import type { ParsedFrontmatter } from './frontmatter.ts';
import type { Report } from './content-types.ts';

/** Reports zod issues of a frontmatter or category file at the line of the field, with an example. */
export function reportSchemaIssues(issues: readonly z.core.$ZodIssue[], parsed: ParsedFrontmatter, file: string, kind: 'article' | 'category', report: Report) {
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) report(file, parsed.lineOf(key), `unknown field "${key}"`, fieldHint(key, kind));
			continue;
		}
		const field = issue.path.map(String).join('.');
		report(
			file,
			parsed.lineOf(issue.path[0] as string | undefined),
			`${field ? `${field}: ` : ''}${issue.message}`,
			fieldHint(String(issue.path[0] ?? ''), kind),
		);
	}
}

function fieldHint(field: string, kind: 'article' | 'category'): string | undefined {
	const article: Record<string, string> = {
		title: 'title: Siparişimi nasıl takip ederim?',
		description: 'description: one sentence of at most 160 characters',
		updated: 'updated: 2026-10-14',
		tags: 'tags: [kargo, takip]',
		keywords: 'keywords: [kargom nerede, siparis takip]',
		related: 'related: [kargo/kargom-gelmedi]',
		order: 'order: 1',
		draft: 'draft: true',
	};
	const category: Record<string, string> = {
		title: 'title: Siparişler ve takip',
		description: 'description: Sipariş durumu ve kargo takibi',
		icon: 'icon: package',
		order: 'order: 1',
	};
	const example = (kind === 'article' ? article : category)[field];
	if (example) return `for example \`${example}\``;
	return field ? `remove "${field}" or check its spelling; allowed fields: ${Object.keys(kind === 'article' ? article : category).join(', ')}` : undefined;
}
