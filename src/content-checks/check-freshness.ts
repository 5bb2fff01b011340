import type { ContentIndex, Report } from './content-types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Articles not checked for `staleAfterDays` (a warning: the text may still be right). */
export function checkFreshness(index: ContentIndex, staleAfterDays: number, report: Report, now = Date.now()): void {
	for (const articles of index.articles.values()) {
		for (const { data, file, parsed } of articles.values()) {
			if (!data || data.draft) continue;
			const age = Math.floor((now - data.updated.getTime()) / DAY_MS);
			if (age <= staleAfterDays) continue;
			report(
				file.displayPath,
				parsed.lineOf('updated'),
				`updated ${data.updated.toISOString().slice(0, 10)} is ${age} days ago (content.staleAfterDays: ${staleAfterDays})`,
				"check the article is still right, then set updated to today's date",
				'warning',
			);
		}
	}
}
