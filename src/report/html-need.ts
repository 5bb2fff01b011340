import { escapeHtml } from '../utils/escape-html.ts';
import { adviceParts } from './advice-text.ts';
import type { ArticleRef, Need } from './report-types.ts';
import { formatCount, formatMatch, formatRate, formatScore, formatTrend, KIND_LABELS, plural } from './report-text.ts';

/**
 * One need as a card: a table of nine columns would scroll sideways on a phone, a card reads top
 * to bottom at any width. Everything customers typed, and every title, goes through escapeHtml.
 */
export function needCard(need: Need, lang: string): string {
	const typed = (text: string) => `<span lang="${lang}" dir="auto">${escapeHtml(text)}</span>`;
	const list = (items: string[]) => `<ul class="inline">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
	const closest = need.closest.map(
		(article) =>
			`<li>${title(article, lang)} <span class="muted">${formatScore(article.score)}</span> <code>${escapeHtml(article.file)}</code><br><span class="why">${article.why.map((match) => `<span lang="${lang}" dir="auto">${escapeHtml(formatMatch(match))}</span>`).join(', ')}</span></li>`,
	);
	const details: Array<[string, string]> = [
		['Spellings', list(need.examples.map(typed))],
		['Words no article has', need.missing.length ? list(need.missing.map(typed)) : '–'],
		['Closest articles (why)', closest.length ? `<ul>${closest.join('')}</ul>` : 'none comes close'],
		['Outcomes', escapeHtml(outcomes(need))],
	];
	return `<li class="need">
<h3>${typed(need.query)}</h3>
<p class="facts"><span><span class="key ${need.kind}"></span>${KIND_LABELS[need.kind]}</span><span>${escapeHtml(formatCount(need))}</span><span>${plural(need.days, 'day', 'days')}</span><span>${escapeHtml(formatTrend(need.trend))}</span><span class="muted">${need.firstSeen}${need.lastSeen !== need.firstSeen ? ` – ${need.lastSeen}` : ''}</span></p>
<p class="advice">${advice(need, lang)}</p>
<dl>${details.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>
</li>`;
}

function advice(need: Need, lang: string): string {
	const { label, lead, article, reason } = adviceParts(need.advice);
	return `<strong>${label}:</strong> ${escapeHtml(lead)}${article ? ` ${title(article, lang)} <code>${escapeHtml(article.file)}</code>` : ''}${reason ? `: ${escapeHtml(reason)}` : ''}.`;
}

function title(article: ArticleRef, lang: string): string {
	return `<b lang="${lang}" dir="auto">${escapeHtml(article.title)}</b>`;
}

/** `2 unanswered, 1 partial, 0 came back, 2 no click; 3 clicks, 1 stayed; click-through 40%` */
function outcomes(need: Need): string {
	return `${plural(need.searches, 'search', 'searches')}: ${need.unanswered} unanswered, ${need.partial} partial, ${need.returned} came back, ${need.noClick} no click; ${plural(need.clicks, 'click', 'clicks')}, ${need.satisfied} stayed; click-through ${formatRate(need.clickThrough)}`;
}
