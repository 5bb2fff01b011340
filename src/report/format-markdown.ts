import { adviceParts } from './advice-text.ts';
import type { ArticleRef, LocaleTotals, Need, NoiseEntry, Report } from './report-types.ts';
import {
	describeScope,
	FOOTNOTE,
	formatCount,
	formatMatch,
	formatNumber,
	formatRate,
	formatScore,
	formatTrend,
	hiddenNote,
	KIND_LABELS,
	NOISE_LABELS,
	reportLocales,
} from './report-text.ts';

/**
 * Queries are whatever customers typed: every character Markdown (or GitHub's HTML in Markdown)
 * gives a meaning is escaped, and line breaks cannot end a table row early.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&');
}

export function formatMarkdown(report: Report): string {
	const lines = ['# Content gaps', '', `${describeScope(report)}.`, ''];
	for (const locale of reportLocales(report)) {
		lines.push(`## ${escapeMarkdown(locale)}`, '', ...totalsTable(report.totals[locale]!), '');
		const needs = report.needs.filter((need) => need.locale === locale);
		if (needs.length) lines.push(...needTable(needs), '');
		else lines.push('No needs to show.', '');
		const note = hiddenNote(report, locale);
		if (note) lines.push(note, '');
		const noise = report.noise.filter((entry) => entry.locale === locale);
		if (noise.length) lines.push(`### Noise in ${escapeMarkdown(locale)}`, '', ...noiseTable(noise), '');
	}
	lines.push(FOOTNOTE, '');
	return lines.join('\n');
}

function totalsTable(totals: LocaleTotals): string[] {
	return [
		'| searches | unanswered | partial | came back | no click | clicks | click-through | helpful / not helpful |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		`| ${[formatNumber(totals.searches), `${formatNumber(totals.unanswered)} (${formatRate(totals.unansweredRate)})`, formatNumber(totals.partial), formatNumber(totals.returned), formatNumber(totals.noClick), formatNumber(totals.clicks), formatRate(totals.clickThroughRate), `${formatNumber(totals.feedback.helpful)} / ${formatNumber(totals.feedback.notHelpful)}`].join(' | ')} |`,
	];
}

function needTable(needs: Need[]): string[] {
	const rows = needs.map((need, index) =>
		[
			String(index + 1),
			`**${escapeMarkdown(need.query)}**`,
			KIND_LABELS[need.kind],
			formatCount(need),
			formatNumber(need.days),
			formatTrend(need.trend),
			need.examples.map(escapeMarkdown).join(', '),
			need.missing.map(escapeMarkdown).join(', ') || '–',
			need.closest
				.map((article) => `${link(article)} (${formatScore(article.score)}: ${article.why.map((match) => escapeMarkdown(formatMatch(match))).join(', ')})`)
				.join('; ') || '–',
			advice(need),
		].join(' | '),
	);
	return [
		'| # | need | kind | count | days | trend | spellings | words no article has | closest articles (why) | advice |',
		'| ---: | --- | --- | --- | ---: | --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row} |`),
	];
}

function advice(need: Need): string {
	const { label, lead, article, reason } = adviceParts(need.advice);
	return `**${label}:** ${escapeMarkdown(lead)}${article ? ` ${link(article)} \`${article.file}\`` : ''}${reason ? `: ${escapeMarkdown(reason)}` : ''}`;
}

function link(article: ArticleRef): string {
	return `[${escapeMarkdown(article.title)}](${article.url})`;
}

function noiseTable(noise: NoiseEntry[]): string[] {
	return [
		'| query | searches | why it is noise |',
		'| --- | ---: | --- |',
		...noise.map((entry) => `| ${escapeMarkdown(entry.query)} | ${formatNumber(entry.count)} | ${NOISE_LABELS[entry.reason]} |`),
	];
}
