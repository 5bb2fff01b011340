// The one export of the Workers runtime module the Worker uses (wrangler resolves the module when it
// bundles; @cloudflare/workers-types, which describes all of them, is not a dependency).
declare module 'cloudflare:workers' {
	/** Keeps the current request's isolate running until `promise` settles, even after the response. */
	export function waitUntil(promise: Promise<unknown>): void;
}
