import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sourceHash } from '../translations/source-hash.ts';

/** An article entry as far as its fingerprint is concerned (Astro's `CollectionEntry<'articles'>`). */
export interface HashableEntry {
	/** Relative to the project root, as Astro's glob loader records it. */
	filePath?: string | undefined;
	/** Astro's digest of the file's contents; a new digest means a new text. */
	digest?: string | number | undefined;
}

// The dev server rebuilds the catalog on every request; a source is hashed again only when its
// contents (and so Astro's digest) change.
const cache = new Map<string, string>();

/**
 * The current `sourceHash` of a source article, read from the file itself: the fingerprint covers
 * the file's own text, which Astro's parsed entry no longer has. Paths are resolved against the
 * working folder, as Astro itself does when it renders Markdown (`pathToFileURL(entry.filePath)`).
 */
export async function currentSourceHash(entry: HashableEntry): Promise<string | undefined> {
	if (!entry.filePath) return undefined;
	const key = entry.digest === undefined ? undefined : `${entry.filePath}\0${entry.digest}`;
	const known = key && cache.get(key);
	if (known) return known;
	const hash = sourceHash(await readFile(resolve(entry.filePath), 'utf8'));
	if (key) cache.set(key, hash);
	return hash;
}

/** A translation is outdated when it recorded a fingerprint and the source has another one now; untracked ones are not. */
export async function isOutdatedTranslation(recordedHash: string | undefined, source: HashableEntry | undefined): Promise<boolean> {
	if (!recordedHash || !source) return false;
	const current = await currentSourceHash(source);
	return current !== undefined && current !== recordedHash;
}
