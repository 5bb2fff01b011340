import type { Gap, LocaleTotals, Report } from './report-types.ts';
import { actionFor, articleToExtend, describeScope, formatNumber, formatRate, formatScore, formatTrend, hiddenNote, reportLocales } from './report-text.ts';

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
		const gaps = report.gaps.filter((gap) => gap.locale === locale);
		if (gaps.length) lines.push(...gapTable(gaps), '');
		else lines.push('No unanswered or no-click queries to show.', '');
		const note = hiddenNote(report, locale);
		if (note) lines.push(note, '');
	}
	lines.push('Count = unanswered + no-click searches. Trend compares the earlier and the later half of the period. Click-through = (searches with results − no-click searches) ÷ searches with results.', '');
	return lines.join('\n');
}

function totalsTable(totals: LocaleTotals): string[] {
	return [
		'| searches | unanswered | unanswered rate | no-click | clicks | click-through | helpful / not helpful |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		`| ${formatNumber(totals.searches)} | ${formatNumber(totals.unanswered)} | ${formatRate(totals.unansweredRate)} | ${formatNumber(totals.noClick)} | ${formatNumber(totals.clicks)} | ${formatRate(totals.clickThroughRate)} | ${formatNumber(totals.feedback.helpful)} / ${formatNumber(totals.feedback.notHelpful)} |`,
	];
}

function gapTable(gaps: Gap[]): string[] {
	const rows = gaps.map((gap, index) =>
		[
			String(index + 1),
			`**${escapeMarkdown(gap.query)}**`,
			formatNumber(gap.count),
			formatNumber(gap.unanswered),
			formatNumber(gap.noClick),
			formatNumber(gap.days),
			formatTrend(gap.trend),
			`${gap.firstSeen} – ${gap.lastSeen}`,
			gap.examples.map(escapeMarkdown).join(', '),
			suggestion(gap),
		].join(' | '),
	);
	return [
		'| # | query | count | unanswered | no-click | days | trend | seen | spellings | suggestion |',
		'| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row} |`),
	];
}

function suggestion(gap: Gap): string {
	const article = articleToExtend(gap);
	if (!article) return 'new article';
	const others = gap.closest.slice(1).map((other) => `[${escapeMarkdown(other.title)}](${other.url}) (${formatScore(other.score)})`);
	return [`${actionFor(gap)} [${escapeMarkdown(article.title)}](${article.url}) \`${article.file}\` (${formatScore(article.score)})`, ...(others.length ? [`also close: ${others.join(', ')}`] : [])].join('; ');
}
