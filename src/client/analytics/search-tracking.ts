import type { AnalyticsEvent, SearchEventDetail } from '../../analytics/events.ts';
import { SearchSettler, type SettledSearch } from './settle.ts';

export interface Recorder {
	/** Dispatches the event on `window`; `send: false` keeps it on the page. */
	record(event: AnalyticsEvent, options?: { send?: boolean }): void;
	flush(): void;
}

/**
 * The analytics of one search box: every settled search (`destek:search`), the ones that found
 * nothing in the page's language (`destek:unanswered-search`), results opened
 * (`destek:search-click`) and result lists left without a click (`destek:no-click-search`).
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
		this.settler.typed(query);
	}

	shown(query: string, resultCount: number, filters?: Record<string, string[]>): void {
		this.settler.shown(query, resultCount, filters);
	}

	settleNow(): void {
		this.settler.settleNow();
	}

	/** A result was opened: the search counts now, then the click with its position (1 = first). */
	clicked(click: { query: string; resultCount: number; position: number; target: string; filters?: Record<string, string[]> | undefined }): void {
		this.settler.settleNow();
		this.awaitingClick = undefined;
		this.recorder.record({ type: 'search-click', locale: this.locale, path: this.path(), ts: Date.now(), ...click });
		this.recorder.flush();
	}

	/** The page is being left or hidden. */
	leave(): void {
		this.settler.settleNow();
		this.noClick();
		this.recorder.flush();
	}

	private settled({ query, resultCount, filters }: SettledSearch): void {
		this.noClick();
		const detail: SearchEventDetail = { type: 'search', query, locale: this.locale, path: this.path(), filters, resultCount, ts: Date.now() };
		// One event on the wire per search: a search that found nothing is sent as unanswered only.
		this.recorder.record(detail, { send: resultCount > 0 });
		if (resultCount === 0) this.recorder.record({ ...detail, type: 'unanswered-search' });
		else this.awaitingClick = detail;
		this.recorder.flush();
	}

	private noClick(): void {
		if (!this.awaitingClick) return;
		this.recorder.record({ ...this.awaitingClick, type: 'no-click-search', ts: Date.now() });
		this.awaitingClick = undefined;
	}
}
