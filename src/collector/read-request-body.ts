export class BodyTooLargeError extends Error {}
export class BodyTooSlowError extends Error {}
export class BodyNotUtf8Error extends Error {}

/**
 * Reads a request body up to `limit` bytes within `timeoutMs`: gives up (and throws) as soon as it
 * is larger or late, so a huge or trickling upload (slowloris) costs neither memory nor time; the
 * rest of the upload is never read. Bytes that are not UTF-8 are refused rather than replaced.
 */
export async function readRequestBody(request: Request, limit: number, timeoutMs: number): Promise<string> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new BodyTooSlowError()), timeoutMs);
	});
	try {
		for (;;) {
			const { done, value } = await Promise.race([reader.read(), late]);
			if (done) break;
			size += value.byteLength;
			if (size > limit) throw new BodyTooLargeError();
			chunks.push(value);
		}
	} catch (error) {
		reader.cancel().catch(() => undefined);
		throw error;
	} finally {
		clearTimeout(timer);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BodyNotUtf8Error();
	}
}
