import { MIN_QUERY_LENGTH, type AnswerStrength } from '../../analytics/events.ts';

/** What the results on screen say about the query (see src/search/answer-strength.ts). */
export interface SearchAnswer {
	strength: AnswerStrength;
	unmatched: string[];
	/** Path of the first result, when there is one. */
	firstResult?: string | undefined;
}

export interface SettledSearch {
	query: string;
	resultCount: number;
	filters?: Record<string, string[]> | undefined;
	answer?: SearchAnswer | undefined;
}

interface Pending extends Partial<Omit<SettledSearch, 'query'>> {
	query: string;
	/** Settling was asked for before the results were on screen. */
	due: boolean;
}

/**
 * Decides when a search counts: typing paused for `settleMs`, or `settleNow()` (Enter, a result
 * opened, the box or page left). Keystroke prefixes (`k`, `ka`, `kar`) never settle, and a query
 * settles once: showing its results again (a re-render, Enter after the pause) records nothing.
 */
export class SearchSettler {
	private pending: Pending | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private lastSettled = '';

	constructor(
		private readonly settleMs: number,
		private readonly onSettle: (search: SettledSearch) => void,
	) {}

	/** The visitor changed the query; its results are on the way. */
	typed(query: string): void {
		const trimmed = query.trim();
		if (this.pending?.query === trimmed && !this.pending.due) return this.restart();
		this.pending = { query: trimmed, due: false };
		if (trimmed.length < MIN_QUERY_LENGTH) {
			// An emptied box starts over: the same query typed again later is a new search.
			if (!trimmed) this.lastSettled = '';
			return this.cancel();
		}
		this.restart();
	}

	/** Results for `query` are on screen (also after a filter change, which is a new search). */
	shown(query: string, resultCount: number, filters?: Record<string, string[]>, answer?: SearchAnswer): void {
		const trimmed = query.trim();
		if (this.pending?.query !== trimmed || key(this.pending) !== key({ query: trimmed, filters })) {
			this.pending = { query: trimmed, due: false };
			this.restart();
		}
		Object.assign(this.pending, { resultCount, filters, answer });
		if (this.pending.due) this.settle();
	}

	/** Settle what is on screen now; if its results are still loading, as soon as they are shown. */
	settleNow(): void {
		if (!this.pending) return;
		if (this.pending.resultCount === undefined) this.pending.due = true;
		else this.settle();
	}

	private restart(): void {
		this.cancel();
		this.timer = setTimeout(() => this.settleNow(), this.settleMs);
	}

	private cancel(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
	}

	private settle(): void {
		this.cancel();
		const pending = this.pending;
		this.pending = undefined;
		if (!pending || pending.query.length < MIN_QUERY_LENGTH || pending.resultCount === undefined) return;
		const settledKey = key(pending);
		if (settledKey === this.lastSettled) return;
		this.lastSettled = settledKey;
		this.onSettle({ query: pending.query, resultCount: pending.resultCount, filters: pending.filters, answer: pending.answer });
	}
}

function key(search: { query: string; filters?: Record<string, string[]> | undefined }): string {
	return JSON.stringify([search.query, search.filters ?? {}]);
}
