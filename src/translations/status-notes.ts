import type { ContentProblem } from '../content-checks/problem.ts';
import type { TranslationStatus } from './status-types.ts';

/** Translations without a source, as warnings in the content check's `file:line:column` format. */
export function orphanProblems(status: TranslationStatus): ContentProblem[] {
	return status.locales.flatMap((locale) =>
		locale.orphans.map((orphan) => ({
			severity: 'warning' as const,
			file: orphan.file,
			line: 1,
			column: 1,
			message: `translation of "${orphan.id}", which has no ${status.sourceLocale} article`,
			hint: `rename it to match its ${status.sourceLocale} article's path, or delete it if the article was removed`,
		})),
	);
}

/** What to do about what the table shows, one sentence per kind of work; empty when all is current. */
export function statusAdvice(status: TranslationStatus): string[] {
	const untracked = status.locales.reduce((sum, locale) => sum + locale.counts.untracked, 0);
	const advice: string[] = [];
	if (untracked > 0) {
		advice.push(
			`${untracked} translation${untracked === 1 ? ' does' : 's do'} not record which version of the source ${untracked === 1 ? 'it translates' : 'they translate'}: check ${untracked === 1 ? 'it' : 'them'} against the source, then run npm run translations -- --mark <file>.`,
		);
	}
	const needWork = status.locales.filter((locale) => locale.counts.outdated + locale.counts.missing + locale.counts.untracked > 0);
	if (needWork.length > 0) advice.push(`A translator's to-do list for one locale: npm run translations -- --missing ${needWork[0]!.locale}`);
	return advice;
}
