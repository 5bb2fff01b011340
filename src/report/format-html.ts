import { escapeHtml } from '../utils/escape-html.ts';
import { HTML_STYLES } from './html-styles.ts';
import type { DailyCount, Gap, LocaleTotals, Report } from './report-types.ts';
import { actionFor, describeScope, formatNumber, formatRate, formatScore, formatTrend, hiddenNote, reportLocales } from './report-text.ts';
import { gapBarChart, trendChart } from './svg-charts.ts';

const TOP_GAPS = 10;

/**
 * One self-contained page: inline styles and SVG, no script, nothing fetched from elsewhere, so
 * it opens from a mail attachment. Every query and title goes through `escapeHtml`.
 */
export function formatHtml(report: Report): string {
	const top = [...report.gaps].sort((a, b) => b.count - a.count || b.days - a.days).slice(0, TOP_GAPS);
	const sections = reportLocales(report).map((locale) => localeSection(report, locale));
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
${top.length ? `<section aria-labelledby="top-gaps"><h2 id="top-gaps">Most frequent gaps</h2>
<figure>${gapBarChart(top, 'top-chart')}
<figcaption><span class="key unanswered"></span>unanswered <span class="key no-click"></span>no-click</figcaption></figure></section>` : '<p>No unanswered or no-click queries to show.</p>'}
${sections.join('\n')}
<p class="note">Count = unanswered + no-click searches. Trend compares the earlier and the later half of the period.
Click-through = (searches with results − no-click searches) ÷ searches with results.</p>
</main>
</body>
</html>
`;
}

function localeSection(report: Report, locale: string): string {
	const id = `locale-${slug(locale)}`;
	const gaps = report.gaps.filter((gap) => gap.locale === locale);
	const note = hiddenNote(report, locale);
	const days = report.daily[locale] ?? [];
	return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(locale)}</h2>
<div class="overview">
${totalsList(report.totals[locale]!)}
<figure>${trendChart(days, locale, `${id}-trend`)}
<figcaption><span class="key searches"></span>searches <span class="key unanswered"></span>unanswered, per day</figcaption></figure>
</div>
${dailyTable(days, locale)}
${gaps.length ? gapTable(gaps, locale) : '<p>No unanswered or no-click queries to show.</p>'}
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
</section>`;
}

function totalsList(totals: LocaleTotals): string {
	const items: Array<[string, string]> = [
		['Searches', formatNumber(totals.searches)],
		['Unanswered', `${formatNumber(totals.unanswered)} (${formatRate(totals.unansweredRate)})`],
		['No-click', formatNumber(totals.noClick)],
		['Clicks', formatNumber(totals.clicks)],
		['Click-through', formatRate(totals.clickThroughRate)],
		['Helpful / not helpful', `${formatNumber(totals.feedback.helpful)} / ${formatNumber(totals.feedback.notHelpful)}`],
	];
	return `<dl class="totals">${items.map(([term, value]) => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>`;
}

/** The numbers behind the trend chart, folded away. */
function dailyTable(days: DailyCount[], locale: string): string {
	const rows = days.map((day) => `<tr><th scope="row">${day.date}</th><td class="number">${formatNumber(day.searches)}</td><td class="number">${formatNumber(day.unanswered)}</td></tr>`);
	return `<details><summary>Searches per day</summary><div class="table-wrap"><table>
<caption>Searches per day in ${escapeHtml(locale)} (UTC)</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Searches</th><th scope="col">Unanswered</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></details>`;
}

function gapTable(gaps: Gap[], locale: string): string {
	const lang = escapeHtml(locale);
	const rows = gaps.map((gap) => {
		const examples = gap.examples.map((example) => `<li lang="${lang}" dir="auto">${escapeHtml(example)}</li>`).join('');
		return `<tr>
<th scope="row" lang="${lang}" dir="auto">${escapeHtml(gap.query)}</th>
<td class="number">${formatNumber(gap.count)}</td><td class="number">${formatNumber(gap.unanswered)}</td><td class="number">${formatNumber(gap.noClick)}</td>
<td class="number">${formatNumber(gap.days)}</td><td class="nowrap">${escapeHtml(formatTrend(gap.trend))}</td>
<td class="nowrap">${gap.firstSeen} –<br>${gap.lastSeen}</td>
<td><ul class="examples">${examples}</ul></td>
<td>${suggestion(gap, lang)}</td>
</tr>`;
	});
	return `<div class="table-wrap"><table>
<caption>Unanswered and no-click queries in ${lang}, most frequent first</caption>
<thead><tr><th scope="col">Query</th><th scope="col">Count</th><th scope="col">Unanswered</th><th scope="col">No-click</th><th scope="col">Days</th><th scope="col">Trend</th><th scope="col">Seen</th><th scope="col">Spellings</th><th scope="col">Suggestion</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function suggestion(gap: Gap, lang: string): string {
	const [first, ...others] = gap.closest;
	if (!first) return '<strong>New article</strong>';
	const title = (article: typeof first) => `<span lang="${lang}" dir="auto">${escapeHtml(article.title)}</span>`;
	const also = others.map((article) => `${title(article)} (${formatScore(article.score)})`).join(', ');
	const action = actionFor(gap);
	return `${action[0]!.toUpperCase()}${action.slice(1)} <strong>${title(first)}</strong> (${formatScore(first.score)})<br><code>${escapeHtml(first.file)}</code>${also ? `<br><span class="muted">Also close: ${also}</span>` : ''}`;
}

/** An id-safe form of a locale code. */
function slug(locale: string): string {
	return locale.replace(/[^A-Za-z0-9-]/g, '_');
}
