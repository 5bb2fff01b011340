import { serverlessCollector } from '../serverless-collector.ts';

// Once per function instance, reused by every request it serves.
const collect = serverlessCollector(process.env, 'the project’s environment variables on Vercel (Settings → Environment Variables)');

/**
 * The search-event collector as a Vercel Function (the web-standard `fetch` export). Vercel sets
 * `x-real-ip` to the visitor's address and overwrites any a client sent; it is used for rate
 * limiting only, never stored. vercel-output.ts bundles it for the Build Output API.
 */
export default {
	fetch(request: Request): Promise<Response> {
		const address = request.headers.get('x-real-ip') ?? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
		return collect(request, { address: address || undefined });
	},
};
