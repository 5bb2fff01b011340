/** `postgres://…` or `postgresql://…`: where a database setting names PostgreSQL rather than a file. */
export function isPostgresUrl(value: string): boolean {
	return /^postgres(ql)?:\/\//.test(value);
}

/** The URL as a log line may show it: the password replaced. */
export function withoutPassword(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.href;
	} catch {
		return 'DESTEK_DATABASE_URL';
	}
}

/** `host:port` of the URL, for a message that names the database without any credential. */
export function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return 'URL';
	}
}
