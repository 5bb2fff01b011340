import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface ContentFile {
	/** Path relative to the content folder, forward slashes: `tr/iade/iade-sureci.md`. */
	path: string;
	/** Path relative to the project root, for messages: `content/tr/iade/iade-sureci.md`. */
	displayPath: string;
	absolutePath: string;
}

/** Every file under the content folder, sorted so that reports are stable. */
export async function listContentFiles(root: string, contentDir: string): Promise<ContentFile[]> {
	const base = join(root, contentDir);
	const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => {
			const absolutePath = join(entry.parentPath, entry.name);
			return {
				path: relative(base, absolutePath).replaceAll('\\', '/'),
				displayPath: relative(root, absolutePath).replaceAll('\\', '/'),
				absolutePath,
			};
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

export function readText(file: ContentFile): Promise<string> {
	return readFile(file.absolutePath, 'utf8');
}
