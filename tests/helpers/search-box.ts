import type { Locator, Page } from 'playwright-core';

/** The page's first visible search box; if none shows (folded away on a phone), the one `/` brings up. */
export async function searchBox(page: Page): Promise<Locator | null> {
	const shown = page
		.locator('destek-search')
		.filter({ has: page.locator('input[type="search"]:visible') })
		.first();
	if (await shown.count()) return shown;
	await page.keyboard.press('/'); // the keyboard shortcut of destek-search.ts
	const focused = page
		.locator('destek-search')
		.filter({ has: page.locator('input[type="search"]:focus') })
		.first();
	return focused
		.locator('input[type="search"]')
		.waitFor({ state: 'visible', timeout: 2000 })
		.then(() => focused)
		.catch(() => null);
}

/** Waits until the results list of `box` shows `query`: it names the query it shows (search-element.ts), never an earlier one's. */
export function resultsFor(box: Locator, query: string): Promise<void> {
	return box.locator(`[data-search-results][data-query=${JSON.stringify(query)}]`).waitFor({ state: 'attached', timeout: 10_000 });
}

/** Types `query` into the search box and waits until its panel shows the answer; returns that panel. */
export async function searchFor(box: Locator, query: string): Promise<Locator> {
	await box.locator('input[type="search"]').fill(query);
	await resultsFor(box, query);
	const panel = box.locator('[data-search-panel]');
	await panel.waitFor({ state: 'visible' });
	// Text shown only now may need a font not loaded yet (Arabic letters in a Turkish result, say).
	await panel.evaluate(() => document.fonts.ready.then(() => undefined));
	return panel;
}
