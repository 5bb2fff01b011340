// How the search probes reach each site's search: the page to open, what to click to start
// searching, the box to type in, and when the results for a query are on screen. One entry per
// site kind, so Destek and Starlight's stock search are measured the same way.
import { readFileSync } from 'node:fs';
import { RANKING } from '../../src/search/pagefind-options.ts';

/** Pagefind UI's default `debounceTimeoutMs`, which Starlight keeps. */
const PAGEFIND_UI_DEBOUNCE_MS = 300;
/** Read from the element's source, so later queries are timed without the pause it waits for. */
const elementSource = readFileSync(new URL('../../src/client/search/search-element.ts', import.meta.url), 'utf8');
const DESTEK_DEBOUNCE_MS = Number(/const DEBOUNCE_MS = (\d+)/.exec(elementSource)?.[1] ?? Number.NaN);
if (Number.isNaN(DESTEK_DEBOUNCE_MS))
	throw new Error(
		'scripts/bench/search-sites.mjs: no `const DEBOUNCE_MS = <ms>` in src/client/search/search-element.ts; update the bench to read the pause before a search.',
	);

export const searchSites = {
	destek: {
		/** An article page: its header holds the search box. */
		articlePath: (article) => `/${article.locale}/${article.slug.replace(/-\d+$/, '')}/${article.slug}/`,
		bundle: '/pagefind/',
		debounceMs: DESTEK_DEBOUNCE_MS,
		/** Pagefind's ranking weights as Destek sets them: its floor fetches the fragments of the same results. */
		ranking: RANKING,
		/** Reaching for the box is clicking it; on a phone, the header's search button that opens it. */
		open: async (page) => {
			const input = page.locator('destek-search input[type="search"]').first();
			const toggle = page.locator('[data-search-toggle]').first();
			if (await toggle.isVisible()) await toggle.click();
			else await input.click();
			return input;
		},
		/** Runs in the page: the result list says which query it shows. */
		shown: (query) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === query,
	},
	starlight: {
		articlePath: (article) => `/${article.locale}/${article.slug}/`,
		bundle: '/pagefind/',
		debounceMs: PAGEFIND_UI_DEBOUNCE_MS,
		/** Starlight's search is a button that opens a dialog with Pagefind UI's box. */
		open: async (page) => {
			await page.locator('site-search button[data-open-modal]').first().click();
			const input = page.locator('site-search .pagefind-ui__search-input').first();
			await input.waitFor({ state: 'visible', timeout: 30_000 });
			await input.focus();
			return input;
		},
		/**
		 * Runs in the page: Pagefind UI's message gives the count for the query (while searching it
		 * says "Searching for …", without a number), and a result has its title: placeholders are
		 * drawn before the result's data arrives. Queries without results are not detected.
		 */
		shown: (query) => {
			const message = document.querySelector('site-search .pagefind-ui__message')?.textContent ?? '';
			return message.includes(query) && /\d/.test(message.replace(query, '')) && document.querySelector('site-search .pagefind-ui__result-link') !== null;
		},
	},
};
