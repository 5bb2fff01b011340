import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The web-standard Request of a Node request, its body streamed as it arrives. Cancelling the body
 * (the collector gave up on a huge or slow upload) pauses the socket instead of destroying it, so
 * the answer can still be written before the connection is closed.
 */
export function toWebRequest(request: IncomingMessage): Request {
	const headers = new Headers();
	for (const [name, value] of Object.entries(request.headersDistinct)) for (const each of value ?? []) headers.append(name, each);
	const method = request.method ?? 'GET';
	const hasBody = method !== 'GET' && method !== 'HEAD';
	return new Request(requestUrl(request), { method, headers, ...(hasBody ? { body: bodyStream(request), duplex: 'half' } : {}) });
}

/** Writes a web Response to Node's response; closes the connection when the body was left unread. */
export async function sendWebResponse(request: IncomingMessage, response: ServerResponse, answer: Response): Promise<void> {
	const headers: Record<string, string> = {};
	answer.headers.forEach((value, name) => {
		headers[name] = value;
	});
	if (!request.complete && request.method !== 'GET' && request.method !== 'HEAD') {
		headers.connection = 'close';
		response.once('finish', () => request.socket.destroy());
	}
	response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
}

/** The host as the client named it; a path such as `//evil.example/x` stays a path. */
function requestUrl(request: IncomingMessage): string {
	const path = request.url?.startsWith('/') ? request.url : '/';
	try {
		return new URL(`http://${request.headers.host ?? 'localhost'}${path}`).href;
	} catch {
		return new URL(`http://localhost${path}`).href;
	}
}

function bodyStream(request: IncomingMessage): ReadableStream<Uint8Array> {
	let onData: (chunk: Buffer) => void;
	return new ReadableStream<Uint8Array>({
		start(controller) {
			onData = (chunk) => {
				controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
				if ((controller.desiredSize ?? 0) <= 0) request.pause();
			};
			request.on('data', onData);
			request.once('end', () => controller.close());
			request.once('error', (error) => controller.error(error));
		},
		pull() {
			request.resume();
		},
		cancel() {
			request.off('data', onData);
			request.pause();
		},
	});
}
