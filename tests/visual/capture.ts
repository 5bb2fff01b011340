import type { Browser, Page } from 'playwright-core';
import { MAX_HEIGHT, type Scheme, type Shot, type Viewport } from './shots.ts';

/**
 * One browser context and one tab per viewport and color scheme, opened when first asked for. Each
 * shot navigates the tab afresh: a new tab costs a renderer process, twice the CPU time of the
 * whole run, and what a page leaves in storage changes nothing on screen.
 */
export function pagePool(browser: Browser): { pageFor: (shot: Shot) => Promise<Page>; close: () => Promise<void> } {
	const pages = new Map<string, Promise<Page>>();
	return {
		pageFor({ viewport, scheme }: Shot) {
			const key = `${viewport.width}x${viewport.height}-${scheme}`;
			let page = pages.get(key);
			if (!page) pages.set(key, (page = openPage(browser, viewport, scheme)));
			return page;
		},
		async close() {
			await Promise.all([...pages.values()].map(async (page) => (await page).context().close()));
			pages.clear();
		},
	};
}

async function openPage(browser: Browser, viewport: Viewport, colorScheme: Scheme): Promise<Page> {
	// CSS pixels one to one: the same PNG on any screen, and a quarter of the bytes of a 2x shot.
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme });
	return context.newPage();
}

/** Opens the shot's page at `origin` (the site's base URL, ending in `/`) and returns its PNG. */
export async function captureShot(page: Page, origin: string, shot: Shot): Promise<Buffer> {
	const url = new URL(shot.page.path(shot.locale), origin).href;
	try {
		await page.goto(url);
		if (shot.page.readyWhen) await page.locator(shot.page.readyWhen).first().waitFor({ state: 'visible', timeout: 15_000 });
		await page.evaluate(() => document.fonts.ready);
		const height = shot.fullPage ? Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight)) : shot.viewport.height;
		return await page.screenshot({
			fullPage: shot.fullPage,
			clip: { x: 0, y: 0, width: shot.viewport.width, height },
			animations: 'disabled',
			caret: 'hide',
		});
	} catch (error) {
		// Playwright's message names the selector or the timeout, not which of the shots it was.
		throw new Error(`Could not photograph ${shot.name} (${url}): ${(error as Error).message}`, { cause: error });
	}
}
