import { bestOf, type Coverage } from './article-coverage.ts';
import type { Advice, ArticleRef } from './report-types.ts';

/** Searches of a need that must have shown an article first before its title is blamed. */
const CLARIFY_MIN_SHOWN_FIRST = 5;
/** "Clearly below the median": under this share of the locale's median click-through. */
const CLARIFY_BELOW_MEDIAN = 0.5;
/** An article holding more than this share of the key's weight in title, keywords or headings covers most of it. */
const COVERS_MOST = 0.5;

export interface OpenedArticle {
	coverage: Coverage;
	clicks: number;
	/** Opened and left for the search again within 10 s. */
	returns: number;
}

export interface AdviceInput {
	/** Every article of the locale worth scoring for the need (see `LocaleIndex.holding`). */
	candidates: Coverage[];
	/** Articles customers of the need opened from the results. */
	opened: OpenedArticle[];
	/** Articles shown as the first result, with how many searches of the need showed each. */
	shownFirst: Array<{ coverage: Coverage; count: number }>;
	/** The need's click-through, and the median of the locale's needs (null: nothing to compare). */
	clickThrough: number | null;
	medianClickThrough: number | null;
	/** A key token as customers typed it. */
	display: (token: string) => string;
}

/**
 * What a writer should do about a need, from the evidence only, first rule that holds:
 * 1. customers opened an article and stayed (more stays than returns), and it lacks some of their
 *    words → add those words to its keywords;
 * 2. at least 5 searches showed the same article first, it is the article that answers the need
 *    best (it holds every word, in its title when any article's title does, else it scores
 *    highest), and the need's click-through is under half the locale's median → clarify its title;
 * 3. an article holds most of the words' weight in title, keywords or headings, lacks the rest,
 *    and customers did not reject it → add the rest to its keywords;
 * 4. an article holds every word in title, keywords, headings, description or tags (a body
 *    mention is not coverage; an article customers came back from as often as they stayed does
 *    not count unless its title holds every word) → watch: it covers the need, and the evidence
 *    does not say what is wrong;
 * 5. otherwise → write a new article.
 */
export function advise(input: AdviceInput): Advice {
	const words = (coverage: Coverage) => coverage.lacking.map(input.display);
	const stayed = (opened: OpenedArticle) => opened.clicks - opened.returns;
	const satisfying = input.opened.filter((opened) => stayed(opened) >= 1 && stayed(opened) > opened.returns).sort((a, b) => stayed(b) - stayed(a));
	const opened = satisfying.find((entry) => entry.coverage.lacking.length > 0);
	if (opened) return { kind: 'add-keywords', article: refOf(opened.coverage), words: words(opened.coverage), because: 'opened' };

	const { clickThrough, medianClickThrough } = input;
	if (clickThrough !== null && medianClickThrough !== null && clickThrough < medianClickThrough * CLARIFY_BELOW_MEDIAN) {
		const best = bestCovering(input.candidates, () => true);
		const first = input.shownFirst.find((shown) => shown.coverage === best && shown.count >= CLARIFY_MIN_SHOWN_FIRST);
		if (first) return { kind: 'clarify-title', article: refOf(first.coverage), shownFirst: first.count, clickThrough, medianClickThrough };
	}

	const rejected = new Set(input.opened.filter((entry) => entry.returns >= 1 && stayed(entry) <= entry.returns).map((entry) => entry.coverage.indexed));
	// The best score among them: a body that mentions the missing word breaks a tie.
	const most = bestOf(input.candidates, (coverage) => coverage.strongShare > COVERS_MOST && coverage.lacking.length > 0 && !rejected.has(coverage.indexed));
	if (most) return { kind: 'add-keywords', article: refOf(most), words: words(most), because: 'covers-most' };

	// A new article on what an article's title already names would only duplicate it. An article
	// customers stayed on either lacks words (rule 1) or covers them, so it always prevents one.
	const covering = bestCovering(input.candidates, (coverage) => coverage.titleHoldsAll || !rejected.has(coverage.indexed));
	if (covering) return { kind: 'watch', article: refOf(covering) };
	const cameBackFrom = bestCovering(input.candidates, () => true);
	return { kind: 'new-article', cameBackFrom: cameBackFrom ? refOf(cameBackFrom) : null };
}

/**
 * The article that answers a need best: one holding every word, in its title if any does (a
 * customer typing `teslimat` wants `Teslimat seçenekleri`, not `Kapıda ödeme` with its
 * `teslimat` tag), else the best scoring.
 */
function bestCovering(candidates: readonly Coverage[], allowed: (coverage: Coverage) => boolean): Coverage | undefined {
	return bestOf(candidates, (coverage) => coverage.titleHoldsAll && allowed(coverage)) ?? bestOf(candidates, (coverage) => coverage.covers && allowed(coverage));
}

export function refOf(coverage: Coverage): ArticleRef {
	const { id, title, url, file } = coverage.indexed.article;
	return { id, title, url, file };
}
