/** One page of the sitemap, with its translations (hreflang alternates). */
export interface SitemapEntry {
	url: string;
	lastmod?: string | undefined;
	/** Every language version of the page, this one included, plus `x-default`. */
	alternates: Array<{ hreflang: string; href: string }>;
}

/** sitemap.xml with `xhtml:link` alternates, as Google documents for multilingual sites. */
export function sitemapXml(entries: SitemapEntry[]): string {
	const urls = entries.map((entry) => {
		const links =
			entry.alternates.length > 1
				? entry.alternates.map((alt) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`).join('')
				: '';
		const lastmod = entry.lastmod ? `\n    <lastmod>${entry.lastmod}</lastmod>` : '';
		return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>${lastmod}${links}\n  </url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
