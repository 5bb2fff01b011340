// What a probed page records about itself: pointer and key events, long tasks (PerformanceObserver
// `longtask`, main thread only), and the moment a query's results were on screen (the frame after
// the DOM showed them). Requests are logged by the server (bench-server.mjs), workers' included.

/** Before any script of the page runs. */
function instrument() {
	const bench = (window.__bench = { keys: [], pointer: [], longTasks: [] });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	addEventListener('keydown', () => bench.keys.push(performance.now()), true);
	addEventListener('pointerdown', () => bench.pointer.push(performance.now()), true);
}

/** Runs in the page. */
function arm(shown, query) {
	window.__bench.painted = new Promise((done) => {
		const check = () => {
			if (!shown(query)) return false;
			observer.disconnect();
			requestAnimationFrame(() => done(performance.now()));
			return true;
		};
		const observer = new MutationObserver(check);
		if (!check()) observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
	});
}

/** Starts recording in `page` (before it navigates). */
export async function timeline(page) {
	await page.addInitScript(instrument);
	return {
		/** Epoch milliseconds of the page's `performance.now()` zero. */
		origin: () => page.evaluate(() => performance.timeOrigin),
		/**
		 * Starts watching for `shown(query)` (a function run in the page) to become true; `painted()`
		 * then gives the page time of the frame after. Sent as source text: CDP's evaluate is not
		 * held to the page's Content-Security-Policy, `new Function` in the page would be.
		 */
		arm: (shown, query) => page.evaluate(`(${arm})(${shown}, ${JSON.stringify(query)})`),
		painted: ({ timeout = 60_000 } = {}) =>
			Promise.race([
				page.evaluate(() => window.__bench.painted),
				new Promise((_, fail) => setTimeout(() => fail(new Error(`results not shown within ${timeout} ms`)), timeout)),
			]),
		/** The page's own records. */
		read: () => page.evaluate(() => ({ keys: window.__bench.keys, pointer: window.__bench.pointer, longTasks: window.__bench.longTasks })),
	};
}
