import { normalizeBase } from '../utils/urls.ts';

/** What can name the sub-path the help center is served from, strongest first. */
export interface BaseSources {
	/** The base the last build of `dist/` was made with (`.astro/destek-build.json`). */
	built?: string | undefined;
	/** Astro's `base`: from astro.config.mjs, or `astro build --base /docs/` during a build. */
	astroBase?: string | undefined;
	/** Destek's own `base` option. */
	optionBase?: string | undefined;
}

/**
 * The base path, decided in one place for the build, `npm start`, the collector and the
 * command-line tools. The built site is the truth, so the order is what the build itself does:
 *
 * 1. `built`: a finished build's base, since `astro build --base /docs/` names a base no config does;
 * 2. `astroBase`, unless it is `/` (Astro cannot tell its default from an explicit `/`);
 * 3. `optionBase`;
 * 4. `/`.
 *
 * The build applies 2–4 and writes the result as `built`; everything after it reads that first.
 *
 * @example resolveBase({ astroBase: '/docs/', optionBase: '/help/' }) // '/docs/'
 */
export function resolveBase({ built, astroBase, optionBase }: BaseSources): string {
	if (built !== undefined) return normalizeBase(built);
	if (astroBase !== undefined && normalizeBase(astroBase) !== '/') return normalizeBase(astroBase);
	return normalizeBase(optionBase ?? '/');
}
