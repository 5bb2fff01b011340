// The integration and the middleware run in the same dev-server process but in different module
// graphs (Node and Vite's SSR loader), so the current error is shared through a global symbol.
const CURRENT_ERROR = Symbol.for('destek.contentError');
type ErrorHolder = { [CURRENT_ERROR]?: Error | undefined };

export function setDevContentError(error: Error | undefined): void {
	(globalThis as ErrorHolder)[CURRENT_ERROR] = error;
}

/** The content error the dev server shows on every page, or undefined when the content is fine. */
export function devContentError(): Error | undefined {
	return (globalThis as ErrorHolder)[CURRENT_ERROR];
}
