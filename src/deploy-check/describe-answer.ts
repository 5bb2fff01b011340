/** What the endpoint sent back to the check event. */
export interface EndpointAnswer {
	status: number;
	contentType: string;
	body: string;
	/** The Location header of a redirect. */
	location: string | null;
}

export interface CheckOutcome {
	/** The event was committed: the only outcome the command exits 0 for. */
	stored: boolean;
	/** One or two plain lines: what happened, and what to change. */
	lines: string[];
}

/**
 * The answer in words. Only a Destek collector answers with its JSON (`{ accepted }` or
 * `{ error }`, see src/collector/collector.ts); a status without that body came from something
 * else in front of it (the static host, a CDN, a single-page-app fallback) and is said so.
 */
export function describeAnswer(endpoint: URL, origin: string, answer: EndpointAnswer): CheckOutcome {
	const at = endpoint.href;
	const json = collectorJson(answer);
	const { status } = answer;
	if (status === 202 && json && typeof json.accepted === 'number') {
		return { stored: true, lines: [`Stored: the collector at ${at} committed a collector-check event (the report leaves check events out).`] };
	}
	if (status === 404 || status === 405) {
		return failed(
			`No collector answers at ${at} (HTTP ${status}): the host served it as a static site, so searches are not recorded.`,
			'Deploy the collector (docs/deploy.md) or set analytics.endpoint in astro.config.mjs to where one runs.',
		);
	}
	if (status >= 300 && status < 400) {
		const target = answer.location ? new URL(answer.location, endpoint).href : 'another address';
		return failed(
			`${at} redirects (HTTP ${status}) to ${target}; browsers may turn the POST into a GET on the way.`,
			'Set analytics.endpoint in astro.config.mjs to the address the collector answers at itself.',
		);
	}
	if (!json) {
		return failed(
			`Something answered ${at} with HTTP ${status}${answer.contentType ? ` (${answer.contentType.split(';')[0]})` : ''}, but not a collector: a static host, a proxy or a single-page-app fallback page.`,
			'Deploy the collector (docs/deploy.md) or set analytics.endpoint in astro.config.mjs to where one runs.',
		);
	}
	const said = typeof json.error === 'string' ? `: "${json.error}"` : '';
	switch (status) {
		case 403:
			return failed(
				`The collector at ${at} refuses posts from ${origin} (HTTP 403).`,
				`Add ${origin} to analytics.allowedOrigins in astro.config.mjs, or to DESTEK_ALLOWED_ORIGINS where the collector runs.`,
			);
		case 413:
		case 415:
		case 422:
			return failed(
				`The collector at ${at} refused the check event (HTTP ${status}${said}): it runs an older or newer Destek than this site (version mismatch).`,
				'Deploy the collector from the same version of the project as the site.',
			);
		case 429:
			return failed(
				`The collector at ${at} is limiting requests from this address (HTTP 429).`,
				'Wait a minute and check again; the limit is analytics.rateLimitPerMinute or DESTEK_RATE_LIMIT.',
			);
		case 503:
			return failed(
				`The collector at ${at} runs but cannot write to its database (HTTP 503).`,
				'Check DESTEK_DATABASE_URL (PostgreSQL), the D1 binding (Cloudflare) or the SQLite file (DESTEK_DB, disk space), and the collector’s log.',
			);
		default:
			return failed(`The collector at ${at} answered HTTP ${status}${said}, and stored nothing.`, 'See the collector’s log.');
	}
}

function failed(...lines: string[]): CheckOutcome {
	return { stored: false, lines };
}

function collectorJson(answer: EndpointAnswer): Record<string, unknown> | undefined {
	if (!answer.contentType.toLowerCase().includes('json')) return undefined;
	try {
		const value: unknown = JSON.parse(answer.body);
		return value && typeof value === 'object' && ('accepted' in value || 'error' in value) ? value : undefined;
	} catch {
		return undefined;
	}
}
