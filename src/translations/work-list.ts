import type { LocaleStatus, OrphanTranslation, TranslationItem, TranslationStatus } from './status-types.ts';

/** What a translator of one locale has to do, most urgent first: readers already see outdated text. */
export interface WorkList {
	locale: string;
	sourceLocale: string;
	/** Published source articles. */
	total: number;
	outdated: TranslationItem[];
	missing: TranslationItem[];
	untracked: TranslationItem[];
	/** Translations whose source does not exist (renamed or deleted). */
	orphans: OrphanTranslation[];
}

export function workListFor(status: TranslationStatus, locale: LocaleStatus): WorkList {
	const of = (state: TranslationItem['state']) => locale.articles.filter((item) => item.state === state);
	return {
		locale: locale.locale,
		sourceLocale: status.sourceLocale,
		total: locale.total,
		outdated: of('outdated'),
		missing: of('missing'),
		untracked: of('untracked'),
		orphans: locale.orphans,
	};
}

/** The work list as text: the files to open, and for outdated ones which dates tell what changed. */
export function formatWorkList(list: WorkList): string {
	const count = list.outdated.length + list.missing.length + list.untracked.length;
	const sections = [
		count === 0
			? `${list.locale}: all ${list.total} published ${list.sourceLocale} articles are translated and current.`
			: `${list.locale}: ${count} of ${list.total} published ${list.sourceLocale} articles need work`,
	];
	if (list.outdated.length) {
		const title = `Outdated (${list.outdated.length}): the ${list.sourceLocale} source changed after it was translated; update the translation, then mark it`;
		sections.push(
			section(
				title,
				list.outdated.map((item) => [item.file, `source ${item.source}${changeNote(item)}`]),
			),
		);
	}
	if (list.missing.length) {
		const title = `Missing (${list.missing.length}): translate the source and save it under the same path`;
		sections.push(
			section(
				title,
				list.missing.map((item) => [item.source, `-> ${item.file}${item.draft ? '  (a draft is started)' : ''}`]),
			),
		);
	}
	if (list.untracked.length) {
		const title = `Not tracked (${list.untracked.length}): compare with the source; when it says the same, mark it`;
		sections.push(
			section(
				title,
				list.untracked.map((item) => [item.file, `source ${item.source}`]),
			),
		);
	}
	if (list.orphans.length) {
		const title = `Without a source (${list.orphans.length}): rename each to its ${list.sourceLocale} article's path, or delete it`;
		sections.push(
			section(
				title,
				list.orphans.map((orphan) => [orphan.file, '']),
			),
		);
	}
	const example = list.outdated[0] ?? list.untracked[0] ?? list.missing[0];
	if (example) sections.push(`Mark a translation as matching its source: npm run translations -- --mark ${example.file}`);
	return `${sections.join('\n\n')}\n`;
}

function section(title: string, rows: Array<[string, string]>): string {
	const width = Math.max(...rows.map(([first]) => first.length));
	return [title, ...rows.map(([first, second]) => `  ${first.padEnd(width)}  ${second}`.trimEnd())].join('\n');
}

/** The only cheap clue to what changed: the dates (the old source text is not kept). */
function changeNote(item: TranslationItem): string {
	if (!item.sourceUpdated) return '';
	return item.translationUpdated
		? ` (source updated ${item.sourceUpdated}, translation ${item.translationUpdated})`
		: ` (source updated ${item.sourceUpdated})`;
}
