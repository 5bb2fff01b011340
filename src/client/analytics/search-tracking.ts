import { MIN_QUERY_LENGTH, type AnalyticsEvent, type SearchClickDetail, type SearchEventDetail } from '../../analytics/events.ts';
import { rememberOpened, takeReturn } from './result-return.ts';
import { SearchSettler, type SearchAnswer, type SettledSearch } from './settle.ts';

export interface Recorder {
	/** Dispatches the event on `window`; `send: false` keeps it on the page. */
	record(event: AnalyticsEvent, options?: { send?: boolean }): void;
	flush(): void;
}

/**
 * The analytics of one search box: every settled search (`destek:search`) with how well its
 * results answer it, the ones that found nothing in the page's language
 * (`destek:unanswered-search`) or only part of it (`destek:partial-search`), results opened
 * (`destek:search-click`), result lists left without a click (`destek:no-click-search`) and, from
 * the opened result, another search typed within seconds (`destek:search-return`).
 */
export class SearchTracking {
	private readonly settler: SearchSettler;
	/** A settled search with results, until one is opened or the visitor moves on. */
	private awaitingClick: SearchEventDetail | undefined;

	constructor(
		private readonly recorder: Recorder,
		private readonly locale: string,
		settleMs: number,
		private readonly path: () => string = () => location.pathname,
	) {
		this.settler = new SearchSettler(settleMs, (search) => this.settled(search));
	}

	typed(query: string): void {
		// Searching again right after opening this page from a search: that result did not answer it.
		if (query.trim().length >= MIN_QUERY_LENGTH) {
			const returned = takeReturn('search', this.path());
			if (returned) this.recorder.record(returned);
		}
		this.settler.typed(query);
	}

	shown(query: string, resultCount: number, filters?: Record<string, string[]>, answer?: SearchAnswer): void {
		this.settler.shown(query, resultCount, filters, answer);
	}

	settleNow(): void {
		this.settler.settleNow();
	}

	/**
	 * A result was opened: the search counts now, then the click with its position (1 = first).
	 * Opened in this tab, it is remembered so that coming back within seconds counts against it.
	 */
	clicked(
		click: {
			query: string;
			resultCount: number;
			position: number;
			target: string;
			filters?: Record<string, string[]> | undefined;
			answer?: SearchAnswer | undefined;
		},
		{ sameTab = true } = {},
	): void {
		this.settler.settleNow();
		this.awaitingClick = undefined;
		const { answer, ...fields } = click;
		const detail: SearchClickDetail = { type: 'search-click', locale: this.locale, path: this.path(), ts: Date.now(), ...fields, ...answer };
		this.recorder.record(detail);
		if (sameTab) rememberOpened(detail);
		this.recorder.flush();
	}

	/** The page is being left or hidden. */
	leave(): void {
		this.settler.settleNow();
		this.noClick();
		this.recorder.flush();
	}

	private settled({ query, resultCount, filters, answer }: SettledSearch): void {
		this.noClick();
		const detail: SearchEventDetail = { type: 'search', query, locale: this.locale, path: this.path(), filters, resultCount, ...answer, ts: Date.now() };
		// One event on the wire per search: a search that found nothing is sent as unanswered only,
		// a partial one as a `search` with its strength (`partial-search` stays on the page).
		this.recorder.record(detail, { send: resultCount > 0 });
		if (resultCount === 0) this.recorder.record({ ...detail, type: 'unanswered-search' });
		else {
			if (answer?.strength === 'partial') this.recorder.record({ ...detail, type: 'partial-search' }, { send: false });
			this.awaitingClick = detail;
		}
		this.recorder.flush();
	}

	private noClick(): void {
		if (!this.awaitingClick) return;
		this.recorder.record({ ...this.awaitingClick, type: 'no-click-search', ts: Date.now() });
		this.awaitingClick = undefined;
	}
}
