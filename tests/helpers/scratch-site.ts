import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'basic');

/**
 * A copy of the `basic` fixture under `tests/.output/<name>/` (same depth, so its imports of the
 * project still resolve), changed by `files`: a path maps to new text, or to null to delete it.
 */
export async function scratchSite(name: string, files: Record<string, string | null>): Promise<string> {
	const root = join(PROJECT_ROOT, 'tests', '.output', name);
	await rm(root, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	for (const part of ['astro.config.mjs', 'src', 'public', 'content']) await cp(join(FIXTURE, part), join(root, part), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		const target = join(root, path);
		if (text === null) {
			await rm(target, { force: true });
			continue;
		}
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, text);
	}
	return root;
}
