// Pure figures of a request log: how many round trips stood in series between two moments, and the
// bytes that arrived in between. A request is one more round trip than the deepest request that had
// finished before it started (the browser could not have asked for it earlier); requests started
// together share a level.

/**
 * @param {Array<{ url: string, start: number, end: number, bytes?: number, gzipBytes?: number }>} requests
 *   times in one clock (ms), `end` when the response body was in
 * @param {{ from: number, to: number }} window only requests started at or after `from` and finished
 *   by `to` count (a request in flight at `to` did not help the results painted then)
 */
export function requestChain(requests, { from, to }) {
	const inWindow = requests.filter((r) => r.start >= from && r.end <= to).sort((a, b) => a.start - b.start);
	const depth = new Map();
	for (const request of inWindow) {
		let before = 0;
		for (const earlier of inWindow) if (earlier !== request && earlier.end <= request.start) before = Math.max(before, depth.get(earlier) ?? 0);
		depth.set(request, before + 1);
	}
	return {
		roundTrips: Math.max(0, ...depth.values()),
		requests: inWindow.length,
		bytes: sum(inWindow.map((r) => r.bytes ?? 0)),
		gzipBytes: sum(inWindow.map((r) => r.gzipBytes ?? r.bytes ?? 0)),
		levels: inWindow.map((r) => `${depth.get(r)} ${r.url.replace(/^.*\//, '')}`),
	};
}

/** The value below which a share `p` (0–1) of the samples fall (nearest rank). */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return null;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function sum(values) {
	return values.reduce((a, b) => a + b, 0);
}
