import { TRANSLATION_STATES, type TranslationStatus } from './status-types.ts';

/**
 * The status as a plain-text table, one row per locale, counts with their share of the source
 * articles. Pure, so `npm run translations` and `npm run check` print the same thing.
 *
 * @example
 * Translations of 4 published tr articles
 *
 * locale  translated  outdated  untracked    missing  orphans
 * en          2 (50%)   1 (25%)     0 (0%)    1 (25%)        0
 */
export function formatStatusTable(status: TranslationStatus): string {
	const heading = `Translations of ${status.sourceCount} published ${status.sourceLocale} article${status.sourceCount === 1 ? '' : 's'}`;
	if (status.locales.length === 0) return `${heading}\n\nNo other locale is configured.\n`;
	const header = ['locale', ...TRANSLATION_STATES, 'orphans'];
	const rows = status.locales.map((locale) => [
		locale.locale,
		...TRANSLATION_STATES.map((state) => `${locale.counts[state]} (${percent(locale.counts[state], locale.total)})`),
		String(locale.orphans.length),
	]);
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
	// The locale column reads left to right; numbers line up on their last digit.
	const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	return `${heading}\n\n${[header, ...rows].map(line).join('\n')}\n`;
}

/** A whole percentage that never claims 100 % or 0 % when that is not exactly true. */
export function percent(count: number, total: number): string {
	if (total === 0) return '-';
	const rounded = Math.round((count / total) * 100);
	if (rounded === 100 && count < total) return '99%';
	if (rounded === 0 && count > 0) return '<1%';
	return `${rounded}%`;
}
