import { createUrlBuilder } from '../utils/urls.ts';

/** URLs of this build, under Astro's `base`. */
export const urls = createUrlBuilder(import.meta.env.BASE_URL);
