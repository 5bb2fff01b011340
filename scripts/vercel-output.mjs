// After `astro build`, for Vercel (`npm run build:vercel`, the build command in vercel.json):
// writes .vercel/output, the site and the search-event collector as a Vercel Function, in the
// Build Output API's layout. The logic lives in src/hosting/vercel/.
import { join, resolve } from 'node:path';
import { collectorPath } from '../src/analytics/event-limits.ts';
import { writeVercelOutput } from '../src/hosting/vercel/vercel-output.ts';
import { readBuildInfo } from '../src/site/build-info.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { normalizeBase } from '../src/utils/urls.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const settings = await loadSiteSettings(root);
// `npm run build -- --base /docs/` wins over the config, as it does for npm start.
const base = normalizeBase(readBuildInfo(root, dist)?.base ?? settings.base);
await writeVercelOutput({ dist, output: join(root, '.vercel', 'output'), base, locales: settings.locales });
console.log(`Wrote .vercel/output: dist/ and the collector at ${collectorPath(base)} (DESTEK_DATABASE_URL is read when it runs).`);
