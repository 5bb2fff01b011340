import { bestOf, type Coverage } from './article-coverage.ts';
import type { Advice, ArticleRef } from './report-types.ts';

/** Searches of a need that must have shown an article first before its title is blamed. */
const CLARIFY_MIN_SHOWN_FIRST = 5;
/** "Clearly below the median": under this share of the locale's median click-through. */
const CLARIFY_BELOW_MEDIAN = 0.5;
/**
 * Those who opened the article must have stayed more than this many times per return: with a
 * handful of clicks, two stays and a return happen to a wrong article too.
 */
const CLARIFY_STAYS_PER_RETURN = 2;
/**
 * Share of a need's searches that must have ended on an article for it to be the answer under
 * other words. In the sample's demo month (npm run demo:events), needs answered under other
 * words end on their article in a third to nine tenths of their searches; gaps, whose customers
 * now and then stay on whatever they opened, in at most a quarter.
 */
const ANSWER_SHARE = 1 / 3;
/** An article holding more than this share of the key's weight in title, keywords or headings covers most of it. */
const COVERS_MOST = 0.5;

export interface OpenedArticle {
	coverage: Coverage;
	clicks: number;
	/** Opened and left for the search again within 10 s. */
	returns: number;
}

export interface AdviceInput {
	/** Every article of the locale worth scoring for the need (see `candidatesFor`). */
	candidates: Coverage[];
	/** Articles customers of the need opened from the results. */
	opened: OpenedArticle[];
	/** Articles shown as the first result, with how many searches of the need showed each. */
	shownFirst: Array<{ coverage: Coverage; count: number }>;
	searches: number;
	/** The need's click-through, and the median of the locale's needs (null: nothing to compare). */
	clickThrough: number | null;
	medianClickThrough: number | null;
	/** The need with its words one letter off the articles' corrected: the candidates then, and those words as typed. */
	typo: () => { candidates: Coverage[]; words: string[] } | undefined;
	/** A key token as customers typed it. */
	display: (token: string) => string;
}

/**
 * What a writer should do about a need, from the evidence only; the first rule that holds:
 * 1. a third of the searches or more ended on one article (opened, not left within 10 s, more
 *    stays than returns) that lacks some of the words → add them to its keywords;
 * 2. an article was shown first in at least 5 searches, the need's click-through is under half the
 *    locale's median, those who opened it stayed (more than twice per return), and no other
 *    article answers the need better (see `bestCovering`) → clarify its title;
 * 3. an article covers the need (every word in title, keywords, headings, description or tags;
 *    not one customers came back from as often as they stayed, unless its title has every word)
 *    → watch: nothing says what is wrong;
 * 4. no article covers it, but one holds more than half of the words' weight in title, keywords
 *    or headings and customers did not reject it → add the words it lacks to its keywords;
 * 5. corrected by one letter (`kragom nerde`), the words are covered → add them as typed;
 * 6. otherwise → write a new article.
 */
export function advise(input: AdviceInput): Advice {
	const stayed = (opened: OpenedArticle) => opened.clicks - opened.returns;
	const held = (opened: OpenedArticle) => stayed(opened) >= 1 && stayed(opened) > opened.returns;
	const words = (coverage: Coverage) => coverage.lacking.map(input.display);
	const answer = input.opened.filter((entry) => held(entry) && stayed(entry) >= ANSWER_SHARE * input.searches).sort((a, b) => stayed(b) - stayed(a))[0];
	if (answer && answer.coverage.lacking.length)
		return { kind: 'add-keywords', article: refOf(answer.coverage), words: words(answer.coverage), because: 'opened' };

	const rejected = new Set(input.opened.filter((entry) => entry.returns >= 1 && !held(entry)).map((entry) => entry.coverage));
	const { clickThrough, medianClickThrough } = input;
	const first = [...input.shownFirst].sort((a, b) => b.count - a.count)[0];
	if (
		first &&
		first.count >= CLARIFY_MIN_SHOWN_FIRST &&
		clickThrough !== null &&
		medianClickThrough !== null &&
		clickThrough < medianClickThrough * CLARIFY_BELOW_MEDIAN
	) {
		// Without customers who opened it and stayed, "not opened" may just as well mean "not the answer";
		// and when another article answers better, search shows the wrong one first: no title to fix.
		const opened = input.opened.find((entry) => entry.coverage === first.coverage);
		const best = bestCovering(input.candidates, () => true);
		if (opened && stayed(opened) > CLARIFY_STAYS_PER_RETURN * opened.returns && (!best || best === first.coverage))
			return { kind: 'clarify-title', article: refOf(first.coverage), shownFirst: first.count, clickThrough, medianClickThrough };
	}

	const covering = bestCovering(input.candidates, (coverage) => coverage.titleHoldsAll || !rejected.has(coverage));
	if (covering) return { kind: 'watch', article: refOf(covering) };
	// The best score among them: a body that mentions the missing word breaks a tie.
	const most = bestOf(input.candidates, (coverage) => coverage.strongShare > COVERS_MOST && !rejected.has(coverage));
	if (most) return { kind: 'add-keywords', article: refOf(most), words: words(most), because: 'covers-most' };
	const typo = input.typo();
	const corrected = typo && bestCovering(typo.candidates, () => true);
	if (typo && corrected) return { kind: 'add-keywords', article: refOf(corrected), words: typo.words, because: 'misspelled' };
	const cameBackFrom = bestCovering(input.candidates, () => true);
	return { kind: 'new-article', cameBackFrom: cameBackFrom ? refOf(cameBackFrom) : null };
}

/**
 * The article that answers a need best: one holding every word, in its title if any does (a
 * customer typing `teslimat` wants `Teslimat seçenekleri`, not `Kapıda ödeme` with its
 * `teslimat` tag), else the best scoring.
 */
function bestCovering(candidates: readonly Coverage[], allowed: (coverage: Coverage) => boolean): Coverage | undefined {
	return (
		bestOf(candidates, (coverage) => coverage.titleHoldsAll && allowed(coverage)) ?? bestOf(candidates, (coverage) => coverage.covers && allowed(coverage))
	);
}

export function refOf(coverage: Coverage): ArticleRef {
	const { id, title, url, file } = coverage.indexed.article;
	return { id, title, url, file };
}
