import type { Advice, ArticleRef } from './report-types.ts';
import { formatNumber, formatRate } from './report-text.ts';

/** Advice as a sentence in parts, so each format can render the article its own way. */
export interface AdviceParts {
	/** `Add keywords`: what to do, in two words. */
	label: string;
	/** `add “taksit” to` */
	lead: string;
	article: ArticleRef | null;
	/** Why, from the evidence; empty when the lead says it all. */
	reason: string;
}

const ADVICE_LABELS: Record<Advice['kind'], string> = {
	'new-article': 'New article',
	'add-keywords': 'Add keywords',
	'clarify-title': 'Clarify title',
	watch: 'Watch',
};

const ADD_REASONS: Record<Extract<Advice, { kind: 'add-keywords' }>['because'], string> = {
	opened: 'customers opened it from these searches and stayed',
	'covers-most': 'it has most of these words already',
	misspelled: 'it has these words spelled right, and search found nothing for this spelling',
};

const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(', ');

export function adviceParts(advice: Advice): AdviceParts {
	const label = ADVICE_LABELS[advice.kind];
	switch (advice.kind) {
		case 'new-article':
			return advice.cameBackFrom
				? { label, lead: 'customers came back from', article: advice.cameBackFrom, reason: 'it has these words but does not answer them' }
				: { label, lead: 'no article has these words in its title, keywords, headings, description or tags', article: null, reason: '' };
		case 'add-keywords':
			return { label, lead: `add ${quoted(advice.words)} to the keywords of`, article: advice.article, reason: ADD_REASONS[advice.because] };
		case 'clarify-title':
			return {
				label,
				lead: 'clarify the title of',
				article: advice.article,
				reason: `shown first in ${formatNumber(advice.shownFirst)} searches and rarely opened: click-through ${formatRate(advice.clickThrough)} against ${formatRate(advice.medianClickThrough)} for this language's needs`,
			};
		case 'watch':
			return { label, lead: 'already covered by', article: advice.article, reason: 'nothing yet shows what is wrong with it' };
	}
}

/** The whole advice as plain text, for CSV: `Clarify title: clarify the title of Fatura bilgileri (content/tr/…md): …`. */
export function adviceText(advice: Advice): string {
	const { label, lead, article, reason } = adviceParts(advice);
	return `${label}: ${lead}${article ? ` ${article.title} (${article.file})` : ''}${reason ? `: ${reason}` : ''}`;
}
