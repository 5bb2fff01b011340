import { checkPopularIds } from './popular-ids.ts';
import type { DestekConfig } from '../schemas/config.ts';
import { compareTranslations } from '../translations/translation-status.ts';
import type { LocaleArticle } from '../translations/read-locale-articles.ts';
import { sourceHashOf } from '../translations/source-hash.ts';
import { orphanProblems } from '../translations/status-notes.ts';
import type { TranslationStatus } from '../translations/status-types.ts';
import { checkContent } from './check-content.ts';
import type { ContentIndex, Report } from './content-types.ts';
import { checkFreshness } from './check-freshness.ts';
import { checkLocales } from './check-locales.ts';
import { sortProblems, type ContentProblem } from './problem.ts';

export interface CheckResult {
	problems: ContentProblem[];
	index: ContentIndex;
	translations: TranslationStatus;
}

/**
 * Every check of the project's content, shared by `npm run check` and the build so both say the
 * same thing: files and frontmatter, links and anchors, outline, popular ids, UI strings and
 * category titles per locale, freshness, and the translation status.
 */
export async function runChecks({ root, config, now = Date.now() }: { root: string; config: DestekConfig; now?: number }): Promise<CheckResult> {
	const locales = Object.keys(config.locales);
	const options = { root, contentDir: config.contentDir, locales, defaultLocale: config.defaultLocale, allowHtml: config.markdown.allowHtml };
	const { problems, index } = await checkContent(options);
	const report: Report = (file, line, message, hint, severity = 'error', column = 1) =>
		problems.push({ severity, file, line, column, message, ...(hint ? { hint } : {}) });
	problems.push(...checkPopularIds(root, config, index));
	checkLocales({ ...options, localesDir: config.localesDir }, index, report);
	checkFreshness(index, config.content.staleAfterDays, report, now);
	const translations = compareTranslations(translationInput(index), options);
	problems.push(...orphanProblems(translations));
	return { problems: sortProblems(problems), index, translations };
}

/** The translation status from files already read and parsed by the checks (no second pass). */
function translationInput(index: ContentIndex): Map<string, Map<string, LocaleArticle>> {
	const byLocale = new Map<string, Map<string, LocaleArticle>>();
	for (const [locale, articles] of index.articles) {
		const entries = new Map<string, LocaleArticle>();
		for (const [id, { file, parsed }] of articles) {
			const { data } = parsed;
			const updated = data.updated instanceof Date ? data.updated.toISOString().slice(0, 10) : typeof data.updated === 'string' ? data.updated : null;
			entries.set(id, {
				id,
				file: file.displayPath,
				draft: data.draft === true,
				recordedHash: typeof data.sourceHash === 'string' ? data.sourceHash : null,
				updated,
				hash: sourceHashOf(data, parsed.body),
			});
		}
		byLocale.set(locale, entries);
	}
	return byLocale;
}
