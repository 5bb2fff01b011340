import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { DestekConfig } from '../schemas/config.ts';
import { resolveBase } from './base-path.ts';
import { readBuildInfo } from './build-info.ts';

export interface SiteSettings {
	/** The base path the site in `dist/` was built for, decided by `resolveBase` (base-path.ts). */
	base: string;
	locales: string[];
	defaultLocale: string;
	config: DestekConfig;
}

/**
 * Reads the project's `astro.config.mjs` the way the server and the scripts need it: Destek's
 * options, and the base path the build in `dist` used (or would use, before the first build).
 */
export async function loadSiteSettings(root: string, dist: string = join(root, 'dist')): Promise<SiteSettings> {
	const module = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as {
		default: { base?: string; integrations?: Array<{ name: string; destekConfig?: DestekConfig }> };
	};
	const astroConfig = module.default;
	const integration = astroConfig.integrations?.find((i) => i.name === 'destek');
	if (!integration?.destekConfig) throw new Error('astro.config.mjs does not use the destek() integration.');
	const config = integration.destekConfig;
	return {
		base: resolveBase({ built: readBuildInfo(root, dist)?.base, astroBase: astroConfig.base, optionBase: config.base }),
		locales: Object.keys(config.locales),
		defaultLocale: config.defaultLocale,
		config,
	};
}
