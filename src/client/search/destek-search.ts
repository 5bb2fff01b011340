/**
 * The only search code a page loads up front: it waits for the visitor to reach for a search box
 * (focus, pointer, touch, or `/` and Ctrl/Cmd+K) and then loads the `<destek-search>` element
 * (search-element.ts), which loads Pagefind. The search page needs it at once. Until then the
 * form works as plain HTML.
 */
import { OPENED_RESULT_KEY } from '../analytics/opened-result-key.ts';
import { warmUpSearch } from './warm-up.ts';

const load = (box: HTMLElement) => {
	warmUpSearch(box);
	return import('./search-element.ts');
};

for (const box of document.querySelectorAll<HTMLElement>('destek-search')) {
	if (box.dataset.variant === 'page') void load(box);
	else for (const event of ['focusin', 'pointerenter', 'touchstart']) box.addEventListener(event, () => void load(box), { once: true, passive: true });
}

/** `/` and Ctrl/Cmd+K focus the page's main search box, unless the visitor is typing elsewhere. */
document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
	if (!((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'))) return;
	const input = document.querySelector<HTMLInputElement>('destek-search[data-shortcuts] input[type="search"]');
	if (!input) return;
	event.preventDefault();
	// On phones the header's box is folded away behind its search button, which opens it.
	if (input.offsetParent === null) document.querySelector<HTMLElement>('[data-search-toggle]')?.click();
	input.focus();
	input.select();
});

/**
 * A search result opened in this tab is in sessionStorage until the next page shows (Back included,
 * from the back/forward cache): only then is the recorder loaded, to count a quick return.
 */
addEventListener('pageshow', (event) => {
	let opened: string | null;
	try {
		opened = sessionStorage.getItem(OPENED_RESULT_KEY);
	} catch {
		return; // storage blocked: nothing was remembered
	}
	if (!opened) return;
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	const back = event.persisted || navigation?.type === 'back_forward';
	void import('./count-return.ts').then(({ countReturn }) => countReturn(back));
});
