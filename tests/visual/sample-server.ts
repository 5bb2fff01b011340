import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { serveDist } from '../helpers/serve-dist.ts';

/** The sample help center's languages (astro.config.mjs); it has no base path. */
const SAMPLE_LOCALES = ['tr', 'en', 'de', 'ar'];

/**
 * Serves the sample's dist/ (built beforehand) with the project's static server, which answers a
 * missing page with its locale's 404.html, as hosts do. `origin` ends in `/`.
 */
export async function serveSample(): Promise<{ origin: string; close: () => Promise<void> }> {
	const { origin, close } = await serveDist(join(PROJECT_ROOT, 'dist'), '/', SAMPLE_LOCALES);
	return { origin: `${origin}/`, close };
}
