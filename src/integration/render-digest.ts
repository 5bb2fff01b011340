import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TranslationResources } from '../i18n/load-translations.ts';

const MARKDOWN_SOURCES = [new URL('../markdown/', import.meta.url), new URL('../utils/', import.meta.url)];

/** A hash of everything that shapes rendered articles besides the files themselves. */
export function renderDigest(resources: TranslationResources, options: unknown = {}): string {
	const hash = createHash('sha256').update(JSON.stringify(resources)).update(JSON.stringify(options));
	for (const dir of MARKDOWN_SOURCES) {
		const path = fileURLToPath(dir);
		for (const name of readdirSync(path).sort()) hash.update(name).update(readFileSync(path + name));
	}
	return hash.digest('hex').slice(0, 16);
}
