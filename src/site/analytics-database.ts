import { isAbsolute, join, resolve } from 'node:path';

/**
 * The SQLite file of search events: `DESTEK_DB`, else `data/analytics.sqlite` in the project. The
 * collector writes it; the report and the demo data read and fill the same one.
 */
export function analyticsDatabasePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const configured = env.DESTEK_DB;
	if (configured) return isAbsolute(configured) ? configured : resolve(configured);
	return join(root, 'data', 'analytics.sqlite');
}
