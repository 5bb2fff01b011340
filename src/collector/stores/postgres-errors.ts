/**
 * postgres.js reports a dead network as `write CONNECT_TIMEOUT 10.0.0.5:5432` or a bare
 * `ECONNREFUSED`: these become a sentence saying what happened and what to check, for the
 * collector's log line and the report. Errors from PostgreSQL itself (a wrong password, a missing
 * database) already say so and pass through, as does anything else. None of them carries the URL's
 * password; the original stays as `cause`.
 */
export function explainPostgresError(error: unknown, connectTimeout: number): unknown {
	const code = (error as { code?: unknown } | null)?.code;
	const message = typeof code === 'string' ? explanation(code, error as Error, connectTimeout) : undefined;
	return message ? new Error(message, { cause: error }) : error;
}

function explanation(code: string, error: Error, connectTimeout: number): string | undefined {
	switch (code) {
		case 'CONNECT_TIMEOUT':
			return `PostgreSQL did not answer within ${connectTimeout} s; check the host and port in the URL, and that a firewall lets this machine through`;
		case 'ECONNREFUSED':
			return 'PostgreSQL refused the connection; is it running, on the host and port in the URL?';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `the host name in the URL could not be resolved (${error.message})`;
		case 'ECONNRESET':
		case 'CONNECTION_CLOSED':
		case 'CONNECTION_ENDED':
		case 'CONNECTION_DESTROYED':
			return `the connection to PostgreSQL was closed (${code}); the next request connects again`;
		case 'DEPTH_ZERO_SELF_SIGNED_CERT':
		case 'SELF_SIGNED_CERT_IN_CHAIN':
		case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
		case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
		case 'ERR_TLS_CERT_ALTNAME_INVALID':
			return `PostgreSQL's TLS certificate could not be verified (${error.message.split(';')[0]}); with sslmode=verify-full give Node your provider's CA certificate in NODE_EXTRA_CA_CERTS`;
		default:
			return undefined;
	}
}
