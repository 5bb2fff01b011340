/**
 * The Content-Security-Policy of a Destek site. Scripts only from the site itself (no
 * `unsafe-inline`); Pagefind needs `wasm-unsafe-eval` for its WebAssembly and may start a worker
 * from a blob. Styles allow inline because the theme color and the cascade-layer order are set
 * inline. `connect-src` adds the collector's origin when analytics go to another host.
 */
export function contentSecurityPolicy(options: { analyticsEndpoint?: string | false | undefined } = {}): string {
	const connect = ["'self'"];
	if (options.analyticsEndpoint && /^https?:\/\//.test(options.analyticsEndpoint)) connect.push(new URL(options.analyticsEndpoint).origin);
	return [
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"worker-src 'self' blob:",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src ${connect.join(' ')}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'self'",
	].join('; ');
}

export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * `_headers` in the syntax Netlify and Cloudflare Pages read. Hashed files (Astro's `_astro/`,
 * Pagefind's index, fragment and filter chunks and its `pagefind.<lang>_<hash>.pf_meta`) never
 * change under their name: cached for a year. HTML and Pagefind 1.6's unhashed files
 * (`pagefind.js`, `pagefind-worker.js`, `wasm.<lang>.pagefind`) keep the host's default
 * (revalidated), since both hosts merge every matching rule and one Cache-Control for all would be
 * wrong for some. `pagefind-entry.json` is asked for as `?ts=<the build's tag>` (src/search/index-tag.ts),
 * a URL whose content never changes: browsers keep it for five minutes, so Pagefind's worker finds
 * the copy the page fetched early (src/client/search/warm-up.ts) and later pages of the visit skip
 * it; CDNs, which may leave the query out of their key, keep it for no time at all.
 */
export function headersFile(options: { base: string; analyticsEndpoint?: string | false | undefined }): string {
	const { base } = options;
	const immutable = '  Cache-Control: public, max-age=31536000, immutable';
	const rules = [
		`${base}*`,
		...Object.entries({ 'Content-Security-Policy': contentSecurityPolicy(options), ...SECURITY_HEADERS }).map(([name, value]) => `  ${name}: ${value}`),
		'',
		...[`${base}_astro/*`, `${base}pagefind/index/*`, `${base}pagefind/fragment/*`, `${base}pagefind/filter/*`, `${base}pagefind/*.pf_meta`].flatMap((path) => [
			path,
			immutable,
			'',
		]),
		`${base}pagefind/pagefind-entry.json`,
		'  Cache-Control: public, max-age=300, s-maxage=0',
		'',
	];
	return `# Written by Destek at build time: security headers and caching (docs/deploy.md).\n${rules.join('\n')}`;
}

/** Parses a `_headers` file into rules, for the project's own server (`npm start`). */
export function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Record<string, string> }> {
	const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
			continue;
		}
		const separator = line.indexOf(':');
		if (separator > 0 && rules.length) rules.at(-1)!.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
	}
	return rules;
}
