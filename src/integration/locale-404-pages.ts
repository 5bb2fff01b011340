import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro writes `/<locale>/404` as `<locale>/404/index.html`. Static hosts look for `404.html`
 * (Cloudflare Pages picks the nearest one up the path), so each locale's page is moved there.
 */
export async function moveLocale404Pages(dist: string, locales: string[]): Promise<void> {
	for (const locale of locales) {
		const from = join(dist, locale, '404', 'index.html');
		if (!existsSync(from)) continue;
		await rename(from, join(dist, locale, '404.html'));
		await rmdir(join(dist, locale, '404')).catch(() => undefined);
	}
}
