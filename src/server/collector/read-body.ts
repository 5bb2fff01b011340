import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}
export class BodyTooSlowError extends Error {}
export class BodyNotUtf8Error extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body up to `limit` bytes within `timeoutMs`: gives up (and throws) as soon as it
 * is larger or late, so a huge or trickling upload (slowloris) costs neither memory nor a
 * connection for long; the caller answers and closes the connection. Bytes that are not UTF-8 are
 * refused rather than replaced.
 */
export function readBody(request: IncomingMessage, limit: number, timeoutMs = 10_000): Promise<string> {
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError());
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const stop = (error: Error) => {
			clearTimeout(deadline);
			request.off('data', onData).off('end', onEnd).off('error', stop);
			// Stop reading; the rest of the upload is discarded with the connection.
			request.pause();
			reject(error);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) stop(new BodyTooLargeError());
			else chunks.push(chunk);
		};
		const onEnd = () => {
			clearTimeout(deadline);
			try {
				resolve(utf8.decode(Buffer.concat(chunks)));
			} catch {
				reject(new BodyNotUtf8Error());
			}
		};
		const deadline = setTimeout(() => stop(new BodyTooSlowError()), timeoutMs);
		request.on('data', onData).on('end', onEnd).on('error', stop);
	});
}
