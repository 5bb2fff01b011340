import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendWebResponse, toWebRequest } from '../../server/collector/node-request.ts';
import searchEvents from './search-events.ts';

/**
 * What the Build Output API runs: Vercel's Node launcher calls the function with Node's request and
 * response (the documented `.func` contract); the collector answers with web ones.
 */
export default async function handler(request: IncomingMessage, response: ServerResponse): Promise<void> {
	await sendWebResponse(request, response, await searchEvents.fetch(toWebRequest(request)));
}
