// A visitor's first search, cold (new browser profile each time): open an article page, wait until
// it is quiet, click the search, type the query at 40 ms per key, and wait for its results on
// screen. Reports bytes and round trips from the click to the results, click → results, last
// keystroke → results and long tasks while typing. `phone: true` runs it under a phone profile
// (CPU 4× slower in Chromium, Fast 3G at the server) from the start of the visit; `latency` (ms)
// only delays every response by one round trip, so that requests sent together and requests sent
// one after another can be told apart (on 127.0.0.1 both take a millisecond).
import { requestChain } from './request-chain.mjs';
import { timeline } from './page-timeline.mjs';

export const KEY_DELAY_MS = 40;
/** DevTools' Fast 3G as the issue gives it: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
export const PHONE = { cpuSlowdown: 4, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
/** The round trip of the run that counts round trips: a fast network's, with its bandwidth unlimited. */
export const COUNTING_LATENCY_MS = 40;

export async function firstSearch(browser, server, { site, path, query, phone = false, latency = 0 }) {
	const context = await browser.newContext(
		phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : { viewport: { width: 1280, height: 800 } },
	);
	try {
		const page = await context.newPage();
		const line = await timeline(page);
		if (phone) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
			server.network = PHONE; // requests are tiny: the upload rate is left out
		} else if (latency) server.network = { latency };
		const visited = Date.now();
		await page.goto(server.origin + path, { waitUntil: 'networkidle', timeout: 120_000 });
		await line.arm(site.shown, query);
		// The pointer moves onto the search before it clicks: what that starts counts too.
		const reached = Date.now();
		const preloaded = server.log.filter((r) => r.start >= visited && r.start < reached && r.url.includes(site.bundle));
		const input = await site.open(page);
		await input.pressSequentially(query, { delay: KEY_DELAY_MS });
		const painted = await line.painted();
		await page.waitForTimeout(phone ? 1500 : 300); // responses still in flight finish
		const { keys, pointer, longTasks } = await line.read();
		const clicked = pointer.at(-1);
		const firstKey = keys.at(-query.length);
		const lastKey = keys.at(-1);
		const epoch = await line.origin();
		const chain = requestChain(server.log, { from: reached - 1, to: epoch + painted });
		const typing = longTasks.filter((t) => t.start + t.duration >= firstKey && t.start <= painted);
		return {
			query,
			...chain,
			/** Search files fetched before the visitor reached for the search (at load or idle time). */
			beforeReach: { requests: preloaded.length, gzipBytes: preloaded.reduce((total, r) => total + r.bytes, 0) },
			msClickToResults: round(painted - clicked),
			msFirstKeyToResults: round(painted - firstKey),
			msLastKeyToResults: round(painted - lastKey),
			longTasksWhileTyping: typing.length,
			longestTaskWhileTypingMs: round(Math.max(0, ...typing.map((t) => t.duration))),
		};
	} finally {
		server.network = null;
		await context.close();
	}
}

function round(value) {
	return Math.round(value * 10) / 10;
}
