/**
 * `_redirects` (Netlify syntax; Cloudflare Pages reads the same file and skips the `Language=`
 * conditions it does not know, keeping the JavaScript language picker at the root). Sends `/` to
 * the visitor's language, and serves each locale's 404 page for missing pages under it.
 */
export function redirectsFile(options: { base: string; locales: string[]; defaultLocale: string }): string {
	const { base, locales } = options;
	const lines = ['# Written by Destek at build time (docs/deploy.md).'];
	for (const locale of locales) lines.push(`${base}  ${base}${locale}/  302  Language=${locale}`);
	for (const locale of locales) lines.push(`${base}${locale}/*  ${base}${locale}/404.html  404`);
	return `${lines.join('\n')}\n`;
}
