// The probes' web server: the project's own static server (gzip for text, as hosts send it) with a
// log of every request, whoever made it (a page, a web worker), and an optional network profile
// applied here rather than in the browser: Chromium's network emulation leaves requests made by
// web workers (Pagefind's, Starlight's) unthrottled and unreported.
import { createServer } from 'node:http';
import { createStaticHandler } from '../../src/site/static-site.ts';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/**
 * `log` holds `{ url, start, end, bytes }` (epoch ms; bytes as sent, so gzip for text). Set
 * `network` to `{ latency, downloadThroughput }` (ms, bytes per second) to give every response one
 * round trip before its first byte and share the download rate between responses in flight; without
 * `downloadThroughput` the bandwidth is unlimited.
 */
export async function startBenchServer({ dist, locales }) {
	const handle = createStaticHandler({ dir: dist, base: '/', locales });
	const state = { log: [], network: null, linkFreeAt: 0 };
	const server = createServer((request, response) => {
		const entry = { url: request.url, start: now(), end: 0, bytes: 0 };
		state.log.push(entry);
		response.on('finish', () => (entry.end = now()));
		const network = state.network;
		const write = response.write.bind(response);
		const end = response.end.bind(response);
		let queue = network ? sleep(network.latency) : Promise.resolve();
		// Each chunk leaves when the shared link has carried the ones before it.
		const send = async (chunk) => {
			const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk?.length ?? 0);
			entry.bytes += size;
			if (!network?.downloadThroughput || !size) return;
			state.linkFreeAt = Math.max(now(), state.linkFreeAt) + (size / network.downloadThroughput) * 1000;
			await sleep(state.linkFreeAt - now());
		};
		response.write = (chunk, encoding, callback) => {
			queue = queue.then(() => send(chunk)).then(() => write(chunk, encoding, callback));
			return true;
		};
		response.end = (chunk, encoding, callback) => {
			const body = typeof chunk === 'function' ? undefined : chunk;
			queue = queue.then(() => send(body)).then(() => end(chunk, encoding, callback));
			return response;
		};
		handle(request, response);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${server.address().port}`,
		log: state.log,
		/** `null` for the machine's own speed. */
		set network(value) {
			state.network = value;
			state.linkFreeAt = 0;
		},
		close: () =>
			new Promise((done) => {
				server.close(done);
				server.closeAllConnections();
			}),
	};
}
