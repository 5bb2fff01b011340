/**
 * Requests per client in a sliding minute. Browsers send a batch every few seconds at most, so a
 * client far above that is a script; it gets 429 and nothing it sent is stored. The client key
 * (its address) lives only in memory, for one window, and is never written anywhere.
 */
export function createRateLimiter({ perMinute, now = Date.now }: { perMinute: number; now?: () => number }) {
	const windowMs = 60_000;
	const seen = new Map<string, number[]>();
	let lastSweep = now();
	return function allow(client: string): boolean {
		const time = now();
		if (time - lastSweep > windowMs) {
			// Forget idle clients so the map does not grow with every address ever seen.
			for (const [key, times] of seen) if (times.at(-1)! <= time - windowMs) seen.delete(key);
			lastSweep = time;
		}
		const recent = (seen.get(client) ?? []).filter((t) => t > time - windowMs);
		if (recent.length >= perMinute) {
			seen.set(client, recent);
			return false;
		}
		recent.push(time);
		seen.set(client, recent);
		return true;
	};
}
