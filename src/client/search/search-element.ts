import { putQueryInLanguageLinks } from './query-in-language-links.ts';
import { MIN_QUERY_LENGTH } from '../../analytics/event-limits.ts';
import { answerStrength } from '../../search/answer-strength.ts';
import { FIRST_RESULTS, findArticles, NO_RARITY } from '../../search/find-articles.ts';
import type { PagefindResultData, QueryWord } from '../../search/search-types.ts';
import type { WordRarity } from '../../search/word-rarity.ts';
import { normalizeQuery } from '../../search/normalize-query.ts';
import type { PagefindBundle } from '../../search/pagefind-options.ts';
import { DeferredRecorder } from '../analytics/deferred-recorder.ts';
import { readConfig } from '../analytics/read-config.ts';
import { SearchTracking } from '../analytics/search-tracking.ts';
import type { SearchAnswer } from '../analytics/settle.ts';
import { LatestSearch } from './latest-search.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { searchBundle } from './warm-up.ts';
import { renderResult, type ResultView } from './render-results.ts';

/** Texts the element shows, translated at build time (see SearchBox.astro). */
interface SearchStrings {
	/** Result count per plural category (`one`, `other`, …), with `{{count}}`. */
	count: Record<string, string>;
	none: string;
	/** Above results that answer only part of the query, with `{{query}}`. */
	partial: string;
	error: string;
	otherLanguage: string;
	defaultLanguageLabel: string;
	defaultLanguageDir: string;
}

/** Results on the search page. */
const PAGE_RESULTS = 20;

/**
 * The pause that starts a search: longer than the gap between keys of a fast burst (40 ms in the
 * bench), so a word typed in one go is searched once, not letter by letter; each prefix searched
 * could fetch index chunks the word does not need.
 */
const DEBOUNCE_MS = 60;

/**
 * `<destek-search>`: instant results under a search box (loaded on demand by destek-search.ts). The form inside works without JavaScript
 * (it opens the search page); this element adds as-you-type results, keyboard navigation, the
 * "no results" help and, on the search page, the query in the URL and a category filter.
 * Pagefind runs in its web worker, started when the visitor reached for the box (warm-up.ts).
 */
export class DestekSearch extends HTMLElement {
	private input!: HTMLInputElement;
	private panel!: HTMLElement;
	private list!: HTMLOListElement;
	private empty!: HTMLElement;
	private status!: HTMLElement;
	private strings!: SearchStrings;
	private filter: HTMLSelectElement | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly searches = new LatestSearch();
	private readonly recorder = new DeferredRecorder(async () => (await import('../analytics/recorder.ts')).getRecorder());
	private tracking!: SearchTracking;
	/** What the result list shows, for click events. */
	private shownSearch: { query: string; resultCount: number; filters?: Record<string, string[]> | undefined; answer: SearchAnswer } | undefined;

	private get locale() {
		return this.dataset.locale!;
	}
	private get isPage() {
		return this.dataset.variant === 'page';
	}
	private get bundle(): PagefindBundle {
		return searchBundle(this)!; // SearchBox.astro always writes both
	}

	connectedCallback(): void {
		this.input = this.querySelector('input[type="search"]')!;
		this.panel = this.querySelector('[data-search-panel]')!;
		this.list = this.querySelector('[data-search-results]')!;
		this.empty = this.querySelector('[data-search-empty]')!;
		this.status = this.querySelector('[data-search-status]')!;
		this.filter = this.querySelector('select[data-search-filter]');
		this.strings = JSON.parse(this.dataset.strings!) as SearchStrings;

		// This code is loaded when the visitor reaches for the box (destek-search.ts): get the index now.
		void loadPagefind(this.bundle, this.locale).catch(() => undefined);
		this.tracking = new SearchTracking(this.recorder, this.locale, readConfig().settleMs);
		this.input.addEventListener('input', () => {
			this.tracking.typed(this.input.value);
			this.schedule();
		});
		this.list.addEventListener('click', (event) => this.onResultClick(event));
		this.list.addEventListener('auxclick', (event) => this.onResultClick(event));
		// Leaving the box or the page settles the search on screen (src/client/analytics/settle.ts).
		this.addEventListener('focusout', (event) => !this.contains(event.relatedTarget as Node | null) && this.tracking.settleNow());
		addEventListener('pagehide', () => this.tracking.leave());
		document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.tracking.leave());
		this.input.addEventListener('keydown', (event) => this.onInputKey(event));
		this.list.addEventListener('keydown', (event) => this.onResultKey(event));
		this.filter?.addEventListener('change', () => void this.run());
		this.querySelector('form')!.addEventListener('submit', (event) => this.onSubmit(event));
		if (!this.isPage) document.addEventListener('pointerdown', (event) => !this.contains(event.target as Node) && this.close());

		if (this.isPage) {
			this.runFromUrl();
			window.addEventListener('popstate', () => this.runFromUrl());
		} else if (this.input.value.trim()) {
			// Typed while this code was loading.
			this.tracking.typed(this.input.value);
			this.schedule();
		}
	}

	/** The search page's query lives in `?q=`: shared links, reloads and Back show the same results. */
	private runFromUrl(): void {
		const query = new URL(location.href).searchParams.get('q') ?? '';
		this.input.value = query;
		putQueryInLanguageLinks(query.trim());
		// A shared link or reload is not a new search: only what is typed here is recorded.
		if (query) void this.run({ track: false });
		else this.close();
	}

	private schedule(): void {
		clearTimeout(this.timer);
		// The search under way is for a query the customer has typed past: it asks Pagefind nothing more.
		this.searches.cancel();
		this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
	}

	/** Searches for what the box holds now, once the search under way has stopped (latest-search.ts). */
	private run({ track = true } = {}): Promise<void> {
		return this.searches.run((signal) => this.searchAndShow(signal, track));
	}

	private async searchAndShow(signal: AbortSignal, track: boolean): Promise<void> {
		const query = this.input.value;
		if (this.isPage) this.syncUrl(query, 'replace');
		// One character matches too much to help anyone, and is no search for the analytics either.
		if (query.trim().length < MIN_QUERY_LENGTH) return this.close();
		const filters = this.filter?.value ? { category: [this.filter.value] } : undefined;
		try {
			const own = await this.search(query, this.locale, signal, filters);
			let views = own.first;
			const fallbackLocale = this.dataset.defaultLocale!;
			if (views.length === 0 && fallbackLocale !== this.locale && !filters) {
				const language = { code: fallbackLocale, label: this.strings.defaultLanguageLabel, dir: this.strings.defaultLanguageDir };
				views = (await this.search(query, fallbackLocale, signal)).first.map((view) => ({ ...view, language }));
			}
			signal.throwIfAborted();
			// Judged on the first results, the ones a customer reads; results offered in the default
			// language do not answer the question in this one.
			const answer = describeAnswer(own.words, own.first, own.rarity, this.locale);
			const present = (shown: ResultView[], complete: boolean) => {
				const resultCount = shown[0]?.language ? 0 : shown.length;
				this.show(shown, query, answer);
				// The list is final (no more results to load for it): for tests and screenshots.
				this.list.toggleAttribute('data-complete', complete);
				this.shownSearch = { query, resultCount, filters, answer };
				if (track) this.tracking.shown(query, resultCount, filters, answer);
			};
			const more = Boolean(own.rest) && views === own.first;
			present(views, !more);
			// The recorder's code comes after the results are on screen, never before them.
			afterPaint(() => this.recorder.load());
			// The search page lists up to 20: the first ones are on screen before the rest load.
			if (more) {
				const all = await own.rest!();
				if (!signal.aborted) present(all, true);
			}
		} catch {
			// The index could not be loaded (offline, blocked): say so, and show the way to the store.
			if (signal.aborted) return; // a newer query is on its way
			this.show([], query);
			this.status.textContent = this.strings.error;
			this.querySelector('[data-search-error]')?.removeAttribute('hidden');
		}
	}

	/** The first five results, and on the search page a way to load the rest (up to 20). */
	private async search(
		query: string,
		locale: string,
		signal: AbortSignal,
		filters?: Record<string, string[]>,
	): Promise<{ first: ResultView[]; words: QueryWord[]; rarity: WordRarity; rest?: () => Promise<ResultView[]> }> {
		const pagefind = await loadPagefind(this.bundle, locale);
		// Typed past while Pagefind loaded: nothing is searched for this query.
		signal.throwIfAborted();
		const found = await findArticles(pagefind, query, locale, filters ? { filters, signal } : { signal });
		const { hits, words } = found;
		// Every result shown costs a fragment download (about 3 kB); the first ones are in already.
		const load = async (count: number) => (await Promise.all(hits.slice(0, count).map(({ hit }) => hit.data()))).map((data: PagefindResultData) => ({ data }));
		// Only results in the page's own language are judged (answer strength).
		const rarity = locale === this.locale ? found.rarity : NO_RARITY;
		const first = await load(FIRST_RESULTS);
		return this.isPage && hits.length > FIRST_RESULTS ? { first, words, rarity, rest: () => load(PAGE_RESULTS) } : { first, words, rarity };
	}

	private show(views: ResultView[], query: string, answer: SearchAnswer = { strength: views.length ? 'full' : 'none', unmatched: [] }): void {
		const words = normalizeQuery(query, this.locale).split(' ');
		this.list.replaceChildren(...views.map((view) => renderResult(view, this.locale, words)));
		// Which query the list shows and how well it answers it, for tests and the store's scripts.
		this.list.dataset.query = query;
		this.list.dataset.strength = answer.strength;
		this.querySelector('[data-search-other-language]')?.toggleAttribute('hidden', !views[0]?.language);
		this.querySelector('[data-search-error]')?.setAttribute('hidden', '');
		this.showPartialNotice(answer.strength === 'partial' && views.length > 0 ? query.trim() : null);
		// When nothing answers the whole question, the way to the store is right there.
		this.querySelector('[data-search-contact]')?.toggleAttribute('hidden', views.length > 0 && answer.strength === 'full');
		this.empty.hidden = views.length > 0;
		const echo = this.empty.querySelector('[data-search-query]');
		if (echo) echo.textContent = query.trim();
		const rule = new Intl.PluralRules(this.locale).select(views.length);
		this.status.textContent = views.length
			? (this.strings.count[rule] ?? this.strings.count.other ?? '').replace('{{count}}', String(views.length))
			: this.strings.none;
		// Screen readers hear the notice with the count, as sighted customers see it above the list.
		if (answer.strength === 'partial' && views.length) this.status.textContent += ` ${this.querySelector('[data-search-partial]')?.textContent ?? ''}`;
		this.panel.hidden = false;
		this.browseList(false);
	}

	/** "No article matches all of *query*; these mention some of your words", or hidden. */
	private showPartialNotice(query: string | null): void {
		const notice = this.querySelector<HTMLElement>('[data-search-partial]');
		if (!notice) return;
		notice.hidden = query === null;
		if (query === null) return;
		const [before, after = ''] = this.strings.partial.split('{{query}}');
		const echoed = document.createElement('em');
		echoed.textContent = query;
		notice.replaceChildren(before ?? '', echoed, after);
	}

	/** The search page's list of every article gives way to results while a query is shown. */
	private browseList(visible: boolean): void {
		if (this.isPage) document.querySelector<HTMLElement>('[data-search-browse]')?.toggleAttribute('hidden', !visible);
	}

	private close(): void {
		// Nothing asked for before may open the results again.
		clearTimeout(this.timer);
		this.searches.cancel();
		if (this.isPage) {
			this.browseList(true);
			this.list.replaceChildren();
			this.empty.hidden = true;
			this.showPartialNotice(null);
			this.querySelector('[data-search-contact]')?.setAttribute('hidden', '');
			this.status.textContent = '';
			return;
		}
		this.panel.hidden = true;
	}

	private onSubmit(event: SubmitEvent): void {
		this.tracking.settleNow();
		if (!this.isPage) return; // the search page, with ?q=, is where Enter leads
		event.preventDefault();
		this.syncUrl(this.input.value, 'push');
		void this.run();
	}

	private onInputKey(event: KeyboardEvent): void {
		if (event.key === 'ArrowDown') {
			const first = this.list.querySelector('a');
			if (first) {
				event.preventDefault();
				first.focus();
			}
		} else if (event.key === 'Escape') {
			this.tracking.settleNow(); // giving up on a query still counts it
			this.input.value = '';
			this.tracking.typed('');
			this.close();
		}
	}

	private onResultClick(event: MouseEvent): void {
		const link = (event.target as Element).closest('a');
		if (!link || !this.shownSearch || (event.type === 'auxclick' && event.button !== 1)) return;
		const position = [...this.list.querySelectorAll('a')].indexOf(link) + 1;
		const target = new URL(link.href);
		const newTab = event.type === 'auxclick' || event.ctrlKey || event.metaKey || event.shiftKey;
		this.tracking.clicked({ ...this.shownSearch, position, target: target.pathname + target.hash }, { sameTab: !newTab });
	}

	private onResultKey(event: KeyboardEvent): void {
		const links = [...this.list.querySelectorAll('a')];
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const next = index + (event.key === 'ArrowDown' ? 1 : -1);
			(next < 0 ? this.input : links[Math.min(next, links.length - 1)]!).focus();
		} else if (event.key === 'Escape') {
			event.preventDefault();
			this.input.focus();
			this.close();
		}
	}

	private syncUrl(query: string, mode: 'push' | 'replace'): void {
		const url = new URL(location.href);
		if (query.trim()) url.searchParams.set('q', query.trim());
		else url.searchParams.delete('q');
		putQueryInLanguageLinks(query.trim());
		if (url.href === location.href) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}
}

/** How well the page's own first results answer the query, and what stood first. */
function describeAnswer(words: QueryWord[], first: ResultView[], rarity: WordRarity, locale: string): SearchAnswer {
	const { strength, unmatched } = answerStrength(
		words,
		first.map(({ data }) => data),
		rarity,
		locale,
	);
	const top = first[0]?.data.url;
	return { strength, unmatched, firstResult: top ? new URL(top, location.href).pathname : undefined };
}

/** Runs `work` once the next frame is painted and the browser is idle (or within a second). */
function afterPaint(work: () => void): void {
	// An idle period can come before the frame that shows the results: wait for that frame first.
	requestAnimationFrame(() => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 200)));
}

if (!customElements.get('destek-search')) customElements.define('destek-search', DestekSearch);
