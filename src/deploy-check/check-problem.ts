/** Longest the check waits for a page or the collector: a host that hangs is an answer too. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Something the check found out before the collector could be asked: its message is the line to print. */
export class CheckProblem extends Error {}

/** Why fetch failed, in words: Node's "fetch failed" hides the reason in `cause`. */
export function describeFetchError(error: unknown): string {
	if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
	const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
	const reasons: Record<string, string> = {
		ECONNREFUSED: 'nothing is listening there (connection refused)',
		ENOTFOUND: 'the host name does not resolve (DNS)',
		ECONNRESET: 'the connection was reset',
		ETIMEDOUT: 'the connection timed out',
	};
	if (cause?.code && reasons[cause.code]) return reasons[cause.code]!;
	return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
