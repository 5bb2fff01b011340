import type { CollectorCheckEvent } from '../analytics/event-schema.ts';
import type { z } from 'zod';
import { CheckProblem, describeFetchError, REQUEST_TIMEOUT_MS } from './check-problem.ts';
import { describeAnswer, type CheckOutcome } from './describe-answer.ts';
import { readSiteAnalytics } from './read-site-analytics.ts';

/**
 * Whether a deployed site's searches get stored: reads where its pages send events, then posts one
 * `collector-check` event there as a visitor's browser would (with the site's Origin), and says what came back.
 */
export async function checkCollector(site: URL, now = Date.now()): Promise<CheckOutcome> {
	const analytics = await readSiteAnalytics(site).catch((error: unknown) => {
		if (error instanceof CheckProblem) return error;
		throw error;
	});
	if (analytics instanceof CheckProblem) return { stored: false, lines: [analytics.message] };
	const { page, locale, enabled, endpoint } = analytics;
	if (!enabled)
		return {
			stored: false,
			lines: [`Analytics is off on ${page.href} (analytics.enabled: false in astro.config.mjs): its pages send no events, so there is nothing to check.`],
		};
	if (!endpoint)
		return {
			stored: false,
			lines: [`${page.href} sends events to no collector (analytics.endpoint: false in astro.config.mjs); only the analytics adapters get them.`],
		};

	const event: z.input<typeof CollectorCheckEvent> = { type: 'collector-check', locale, path: page.pathname, ts: now };
	let response: Response;
	try {
		response = await fetch(endpoint, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: page.origin },
			body: JSON.stringify({ events: [event] }),
			redirect: 'manual',
			signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
		});
	} catch (error) {
		return {
			stored: false,
			lines: [
				`Cannot reach the collector at ${endpoint.href}: ${describeFetchError(error)}.`,
				'Start or deploy the collector (docs/deploy.md), or set analytics.endpoint in astro.config.mjs to where it runs.',
			],
		};
	}
	return describeAnswer(endpoint, page.origin, {
		status: response.status,
		contentType: response.headers.get('content-type') ?? '',
		body: await response.text().catch(() => ''),
		location: response.headers.get('location'),
	});
}
