import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/browser.ts';
import { useFixtureInBrowser } from './helpers/fixture-in-browser.ts';

const { url, newPage } = useFixtureInBrowser();

describe('in a real browser', () => {
	it('takes a keyboard-only visitor to search, a result, the language switcher and feedback, focus always visible', async () => {
		const page = await newPage();
		await page.goto(url('tr/kargo/'));
		/** Tabs until `selector` has focus, checking every stop shows a focus ring. */
		async function tabTo(selector: string) {
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate((wanted) => {
					const element = document.activeElement as HTMLElement;
					// Tabbing past the last stop returns to the document itself before starting over.
					if (element === document.body) return { match: false, visible: true, tag: 'body' };
					// The search box draws its ring around the whole field (input and button).
					const ringed = element.closest('.search-field') ?? element;
					const style = getComputedStyle(ringed);
					return {
						match: element.matches(wanted),
						visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
						tag: element.outerHTML.slice(0, 80),
					};
				}, selector);
				expect(focus.visible, `no visible focus on ${focus.tag}`).toBe(true);
				if (focus.match) return;
			}
			throw new Error(`Tab never reached ${selector}`);
		}
		// On a phone the header's search opens from its button.
		await tabTo('[data-search-toggle]');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		await page.keyboard.type('iade', { delay: 20 });
		await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/help\/tr\/iade\//);
		await tabTo('.language-switcher summary');
		await page.keyboard.press('Enter');
		await tabTo('.language-list a[hreflang=en]');
		await page.keyboard.press('Escape');
		await tabTo('destek-feedback button[data-helpful="yes"]');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('destek-feedback [role=status]').textContent()).toBeTruthy();
		await page.context().close();
	});

	it('switches to the same article in another language with the keyboard', async () => {
		const page = await newPage();
		await page.goto(url('tr/iade/iade-sureci/'));
		await page.locator('.language-switcher summary').focus();
		await page.keyboard.press('Enter');
		const english = page.locator('.language-list a[hreflang=en]');
		await expect.poll(() => english.isVisible()).toBe(true);
		await english.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(url('en/iade/iade-sureci/'));
		expect(await page.locator('h1').textContent()).toBe('How do I return an item?');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.context().close();
	});

	it('closes the language menu on a tap elsewhere and on Escape, focus back on its button', async () => {
		const page = await newPage();
		await page.goto(url('tr/iade/iade-sureci/'));
		const menu = page.locator('details.language-switcher');
		await menu.locator('summary').click();
		expect(await menu.getAttribute('open')).toBe('');
		await page.mouse.click(20, 700); // on the article's text, below the open menu
		expect(await menu.getAttribute('open')).toBeNull();
		await menu.locator('summary').click();
		await page.keyboard.press('Escape');
		expect(await menu.getAttribute('open')).toBeNull();
		expect(await page.evaluate(() => document.activeElement?.closest('details')?.className)).toContain('language-switcher');
		await page.context().close();
	});

	it('starts keyboard navigation with a skip link that moves focus to the content', async () => {
		const page = await newPage();
		await page.goto(url('tr/iade/'));
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await skip.textContent()).toBe('İçeriğe geç');
		const box = await skip.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0); // visible once focused
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(focusedInMain).toBe(true);
		await page.context().close();
	});

	it('opens FAQ answers with the keyboard', async () => {
		const page = await newPage();
		await page.goto(url('tr/iade/iade-sureci/'));
		const summary = page.locator('.faq-item summary').first();
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.faq-item').first().getAttribute('open')).not.toBeNull();
		expect(await page.locator('.faq-answer').first().isVisible()).toBe(true);
		await page.context().close();
	});

	it('sends visitors from / to their browser language, and lists languages without JavaScript', async () => {
		const arabic = await newPage({ locale: 'ar-EG' });
		await arabic.goto(url(''));
		await arabic.waitForURL(url('ar/'));
		expect(await arabic.getAttribute('html', 'dir')).toBe('rtl');
		await arabic.context().close();

		const unknown = await newPage({ locale: 'ja-JP' });
		await unknown.goto(url(''));
		await unknown.waitForURL(url('tr/'));
		await unknown.context().close();

		const noScript = await newPage({ javaScriptEnabled: false, locale: 'en-US' });
		await noScript.goto(url(''));
		expect(noScript.url()).toBe(url(''));
		expect(await noScript.locator('a[data-locale]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
			'/help/tr/',
			'/help/en/',
			'/help/ar/',
		]);
		await noScript.context().close();
	});

	it('asks “was this helpful?” only with JavaScript and dispatches destek:feedback', async () => {
		const page = await newPage();
		await page.goto(url('en/iade/iade-sureci/'));
		await page.evaluate(() => {
			window.addEventListener('destek:feedback', (event) => ((window as unknown as { feedback: unknown }).feedback = (event as CustomEvent<unknown>).detail));
		});
		await page.getByRole('button', { name: 'No' }).click();
		// The recorder is imported on the first answer, so the event follows the click by a moment.
		await page.waitForFunction(() => (window as unknown as { feedback?: unknown }).feedback !== undefined);
		expect(await page.evaluate(() => (window as unknown as { feedback: unknown }).feedback)).toEqual({
			type: 'feedback',
			article: 'iade/iade-sureci',
			locale: 'en',
			helpful: false,
			path: '/help/en/iade/iade-sureci/',
			ts: expect.any(Number) as number,
		});
		expect(await page.locator('destek-feedback [role=status]').textContent()).toContain('Thank you');
		await page.context().close();

		const noScript = await newPage({ javaScriptEnabled: false });
		await noScript.goto(url('en/iade/iade-sureci/'));
		expect(await noScript.locator('destek-feedback').isVisible()).toBe(false);
		await noScript.context().close();
	});

	it('prints articles without the site chrome and with FAQ answers open', async () => {
		const page = await newPage();
		await page.goto(url('tr/iade/iade-sureci/'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('destek-feedback').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.faq-answer').first().isVisible()).toBe(true);
		await page.context().close();
	});

	it('serves the locale’s 404 page for a missing page', async () => {
		const page = await newPage();
		const response = await page.goto(url('en/no-such-page/'));
		expect(response!.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await page.context().close();
	});

	describe('has no WCAG 2.2 AA violations (axe-core)', () => {
		// Home, topic, article, right-to-left and fallback pages are checked on the sample help center,
		// light and dark at two widths (tests/sample-site.test.ts); here what only the fixture has: an
		// article with a picture, the search page, the 404 page and the language page at /.
		const pages = ['tr/iade/iade-sureci/', 'en/search/', '404.html', ''];
		for (const scheme of ['light', 'dark'] as const) {
			it(`in ${scheme} mode on an article with a picture, the search, 404 and language pages`, async () => {
				const found: Record<string, string[]> = {};
				for (const path of pages) {
					const page = await newPage({ colorScheme: scheme });
					// The root page redirects by language; without its script it stays to be checked.
					if (path === '') await page.route('**/_astro/*.js', (route) => route.abort());
					await page.goto(url(path));
					await page.locator('.faq-item').evaluateAll((items) => items.forEach((item) => item.setAttribute('open', '')));
					const violations = await axeViolations(page);
					if (violations.length) found[path || '/'] = violations;
					await page.context().close();
				}
				expect(found).toEqual({});
			});
		}
	});
});
