import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { PublishedArticle } from '../catalog/content-index-model.ts';
import type { ContentModel } from '../catalog/content-model.ts';
import { headersFile } from '../hosting/security-headers.ts';
import { redirectsFile } from '../hosting/redirects.ts';
import type { DestekConfig } from '../schemas/config.ts';
import { siteEntries } from '../seo/site-entries.ts';
import { normalizeBase } from '../utils/urls.ts';
import { sitemapXml } from '../seo/sitemap.ts';

/** Files hosts and crawlers read from `dist/`: `_headers`, `_redirects`, `sitemap.xml`, `robots.txt`. */
export async function writeHostFiles(options: {
	dist: string;
	base: string;
	site: string | undefined;
	config: DestekConfig;
	content: ContentModel<PublishedArticle>;
	logger: AstroIntegrationLogger;
}): Promise<void> {
	const { dist, config, logger } = options;
	const base = normalizeBase(options.base);
	const locales = Object.keys(config.locales);
	const endpoint = config.analytics.enabled ? config.analytics.endpoint : false;
	await writeFile(join(dist, '_headers'), headersFile({ base, analyticsEndpoint: endpoint }));
	await writeFile(join(dist, '_redirects'), redirectsFile({ base, locales, defaultLocale: config.defaultLocale }));
	if (!options.site) {
		logger.warn('No sitemap.xml: search engines need absolute URLs. Set `site` in astro.config.mjs, e.g. site: "https://yardim.example.com".');
		await writeFile(join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n');
		return;
	}
	const site = new URL(options.site);
	const entries = siteEntries({ content: options.content, site, base });
	await writeFile(join(dist, 'sitemap.xml'), sitemapXml(entries));
	await writeFile(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`);
}
