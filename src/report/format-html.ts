import { escapeHtml } from '../utils/escape-html.ts';
import { needCard } from './html-need.ts';
import { HTML_STYLES } from './html-styles.ts';
import type { DailyCount, LocaleTotals, Need, NoiseEntry, Report } from './report-types.ts';
import { describeScope, FOOTNOTE, formatNumber, formatRate, hiddenNote, NOISE_LABELS, reportLocales } from './report-text.ts';
import { dailyColumns, kindLegend, KINDS, needBars } from './svg-charts.ts';

const TOP_NEEDS = 10;

/**
 * One self-contained page: inline styles and SVG, no script, nothing fetched from elsewhere, so
 * it opens from a mail attachment. Every query and title goes through `escapeHtml`.
 */
export function formatHtml(report: Report): string {
	const top = topNeeds(report.needs);
	const from = firstRecordedDay(report);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Content gaps, ${escapeHtml(report.period.since.slice(0, 10))} – ${escapeHtml(report.period.until.slice(0, 10))}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
<header>
<h1>Content gaps</h1>
<p class="muted">${escapeHtml(describeScope(report))}.</p>
</header>
<main>
${
	top.length
		? `<section aria-labelledby="top-needs"><h2 id="top-needs">Most failed needs</h2>
<figure aria-labelledby="top-needs-caption">${needBars(top)}
<figcaption id="top-needs-caption">Failed searches per need, by what went wrong: ${kindLegend(top)}</figcaption></figure></section>`
		: '<p>No needs to show.</p>'
}
${reportLocales(report)
	.map((locale) => localeSection(report, locale, from))
	.join('\n')}
<p class="note">${escapeHtml(FOOTNOTE)}</p>
</main>
</body>
</html>
`;
}

/** The most failed needs, plus the top need of any kind they leave out, so every colour has a bar. */
export function topNeeds(needs: readonly Need[]): Need[] {
	const top = [...needs].sort((a, b) => b.count - a.count || b.days - a.days).slice(0, TOP_NEEDS);
	for (const { field } of KINDS) {
		if (top.some((need) => need[field] > 0)) continue;
		const most = [...needs].sort((a, b) => b[field] - a[field])[0];
		if (most && most[field] > 0) top.push(most);
	}
	return top;
}

/**
 * The first day any locale had a search: a store recording since yesterday gets a chart of its
 * days, not 29 empty columns before one.
 */
function firstRecordedDay(report: Report): string {
	const days = Object.values(report.daily).flatMap((daily) => daily.filter((day) => day.searches > 0).map((day) => day.date));
	return days.sort()[0] ?? '';
}

function localeSection(report: Report, locale: string, from: string): string {
	const id = `locale-${locale.replace(/[^A-Za-z0-9-]/g, '_')}`;
	const lang = escapeHtml(locale);
	const needs = report.needs.filter((need) => need.locale === locale);
	const noise = report.noise.filter((entry) => entry.locale === locale);
	const note = hiddenNote(report, locale);
	const days = (report.daily[locale] ?? []).filter((day) => day.date >= from);
	return `<section aria-labelledby="${id}">
<h2 id="${id}">${lang}</h2>
${totalsList(report.totals[locale]!)}
${dailyColumns(days, locale, `${id}-daily`)}
${dailyTable(days, locale)}
${needs.length ? `<h3>Needs</h3><ol class="needs">${needs.map((need) => needCard(need, lang)).join('\n')}</ol>` : '<p>No needs to show.</p>'}
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
${noise.length ? noiseTable(noise, lang) : ''}
</section>`;
}

/** Eight tiles: two rows of four, or four of two on a phone; never one left alone. */
function totalsList(totals: LocaleTotals): string {
	const items: Array<[string, string]> = [
		['Searches', formatNumber(totals.searches)],
		['Unanswered', `${formatNumber(totals.unanswered)} (${formatRate(totals.unansweredRate)})`],
		['Partial', formatNumber(totals.partial)],
		['Came back', formatNumber(totals.returned)],
		['No click', formatNumber(totals.noClick)],
		['Clicks', formatNumber(totals.clicks)],
		['Click-through', formatRate(totals.clickThroughRate)],
		['Helpful / not', `${formatNumber(totals.feedback.helpful)} / ${formatNumber(totals.feedback.notHelpful)}`],
	];
	return `<dl class="totals">${items.map(([term, value]) => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>`;
}

/** The numbers behind the daily chart, folded away. */
function dailyTable(days: DailyCount[], locale: string): string {
	const rows = days.map(
		(day) =>
			`<tr><th scope="row">${day.date}</th><td class="number">${formatNumber(day.searches)}</td><td class="number">${formatNumber(day.unanswered)}</td></tr>`,
	);
	return `<details><summary>Searches per day</summary><table>
<caption>Searches per day in ${escapeHtml(locale)} (UTC)</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Searches</th><th scope="col">Unanswered</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></details>`;
}

function noiseTable(noise: NoiseEntry[], lang: string): string {
	const rows = noise.map(
		(entry) =>
			`<tr><th scope="row" lang="${lang}" dir="auto">${escapeHtml(entry.query)}</th><td class="number">${formatNumber(entry.count)}</td><td>${NOISE_LABELS[entry.reason]}</td></tr>`,
	);
	return `<h3>Noise</h3><table>
<caption>Searches that are not needs in ${lang}: keyboard mash, test searches, one letter, only numbers or question words</caption>
<thead><tr><th scope="col">Query</th><th scope="col">Searches</th><th scope="col">Why</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
