import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArticleFile } from './content-folders.ts';
import { ScaffoldError } from './scaffold-errors.ts';

/**
 * Writes a scaffolded article, creating its folders. Without `replace` the file is opened with `wx`,
 * so an article someone saved a moment ago is never overwritten.
 */
export async function writeNewFile(file: ArticleFile, text: string, replace: boolean): Promise<void> {
	try {
		await mkdir(dirname(file.absolute), { recursive: true });
		await writeFile(file.absolute, text, { flag: replace ? 'w' : 'wx' });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw new ScaffoldError(`${file.display} already exists; nothing was written`);
		const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new ScaffoldError(`could not write ${file.display}: ${reason}`);
	}
}
