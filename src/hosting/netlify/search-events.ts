// Every file in this folder is deployed as a Netlify Function (netlify.toml): keep helpers and
// tests elsewhere.
import { serverlessCollector } from '../serverless-collector.ts';

/** The part of Netlify's context the collector uses (@netlify/functions is not a dependency). */
interface NetlifyContext {
	/** The visitor's address, for rate limiting only; never stored. */
	ip?: string;
}

// Once per function instance, reused by every request it serves.
const collect = serverlessCollector(process.env, 'the site’s environment variables on Netlify (Site configuration → Environment variables)');

/** The search-event collector as a Netlify Function (Functions 2.0: a web Request in, a Response out). */
export default async function searchEvents(request: Request, context: NetlifyContext): Promise<Response> {
	return collect(request, { address: context.ip });
}

/**
 * Netlify reads this object from the source without running it, so the path is written out: the
 * endpoint under the site's base. A site built with `base: '/help/'` needs '/help/api/search-events'.
 */
export const config = { path: '/api/search-events' };
