import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { DestekConfig } from '../schemas/config.ts';
import { normalizeBase } from '../utils/urls.ts';

export interface SiteSettings {
	base: string;
	locales: string[];
	defaultLocale: string;
	config: DestekConfig;
}

/** Reads the project's `astro.config.mjs` the way scripts need it: Destek's options and the base path. */
export async function loadSiteSettings(root: string): Promise<SiteSettings> {
	const module = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as {
		default: { base?: string; integrations?: Array<{ name: string; destekConfig?: DestekConfig }> };
	};
	const astroConfig = module.default;
	const integration = astroConfig.integrations?.find((i) => i.name === 'destek');
	if (!integration?.destekConfig) throw new Error('astro.config.mjs does not use the destek() integration.');
	const config = integration.destekConfig;
	return {
		base: normalizeBase(config.base ?? astroConfig.base ?? '/'),
		locales: Object.keys(config.locales),
		defaultLocale: config.defaultLocale,
		config,
	};
}
