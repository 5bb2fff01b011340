import { isMap, isNode, isScalar, parseDocument, type Range } from 'yaml';

/** Why a file's frontmatter cannot take a `sourceHash`, as a sentence ending in what to do. */
export class FrontmatterEditError extends Error {}

const FENCE_LINE = /^---[ \t]*\r?$/;

/**
 * Writes `sourceHash: '<hash>'` into a Markdown file's frontmatter and returns the new text.
 * Only that value (or one new line after the last key) changes: comments, quoting, key order and
 * line endings stay byte for byte, so a translator's diff shows nothing else. The value is quoted
 * because a hex string such as `123456e78901` would otherwise be read by YAML as a number.
 */
export function setSourceHash(text: string, hash: string): string {
	const region = frontmatterRegion(text);
	const yamlText = text.slice(region.start, region.end);
	const doc = parseDocument(yamlText, { uniqueKeys: true });
	if (doc.errors.length) throw new FrontmatterEditError(`its frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix the YAML first`);
	const at = (offset: number) => region.start + offset;
	const splice = (from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);

	if (doc.contents === null) return splice(region.end, region.end, `sourceHash: '${hash}'${region.eol}`);
	if (!isMap(doc.contents)) throw new FrontmatterEditError('its frontmatter is not a list of `key: value` lines; fix the frontmatter first');

	const pairs = doc.contents.items;
	const existing = pairs.find((pair) => isScalar(pair.key) && pair.key.value === 'sourceHash');
	if (existing) {
		const value = existing.value;
		if (value !== null && !isScalar(value)) throw new FrontmatterEditError('its sourceHash is not a single value; make it one line `sourceHash: ...` first');
		const range = value?.range;
		if (!range) throw new FrontmatterEditError('its sourceHash line could not be located; remove the line and mark the file again');
		// An empty `sourceHash:` has a zero-length value right after the colon.
		if (range[0] === range[1]) return splice(at(range[0]), at(range[1]), ` '${hash}'`);
		const quote = value.type === 'QUOTE_DOUBLE' ? '"' : "'";
		return splice(at(range[0]), at(range[1]), `${quote}${hash}${quote}`);
	}

	const last = pairs.at(-1);
	if (!last) return splice(region.end, region.end, `sourceHash: '${hash}'${region.eol}`);
	const lastRange = rangeOf(last.value) ?? rangeOf(last.key);
	const keyRange = rangeOf(last.key);
	if (!lastRange || !keyRange)
		throw new FrontmatterEditError('its last frontmatter key could not be located; add `sourceHash:` by hand, then mark the file again');
	// The node's end includes a comment on the same line; insert on the line after it.
	let insertAt = at(lastRange[2]);
	if (text[insertAt - 1] !== '\n') {
		const lineEnd = text.indexOf('\n', insertAt);
		insertAt = lineEnd === -1 || lineEnd >= region.end ? region.end : lineEnd + 1;
	}
	const indent = ' '.repeat(keyRange[0] - (yamlText.lastIndexOf('\n', keyRange[0] - 1) + 1));
	return splice(insertAt, insertAt, `${indent}sourceHash: '${hash}'${region.eol}`);
}

/** Where the YAML between the `---` lines starts and ends, and the file's line ending. */
function frontmatterRegion(text: string): { start: number; end: number; eol: string } {
	const bom = text.startsWith('\uFEFF') ? 1 : 0;
	const firstEnd = text.indexOf('\n', bom);
	if (firstEnd === -1 || !FENCE_LINE.test(text.slice(bom, firstEnd)))
		throw new FrontmatterEditError('it has no frontmatter (a `---` line at the top); a translation needs its title and description there');
	const eol = text[firstEnd - 1] === '\r' ? '\r\n' : '\n';
	let lineStart = firstEnd + 1;
	while (lineStart <= text.length) {
		const next = text.indexOf('\n', lineStart);
		const lineEnd = next === -1 ? text.length : next;
		if (FENCE_LINE.test(text.slice(lineStart, lineEnd))) return { start: firstEnd + 1, end: lineStart, eol };
		if (next === -1) break;
		lineStart = next + 1;
	}
	throw new FrontmatterEditError('its frontmatter has no closing `---` line; add one after the last key');
}

function rangeOf(node: unknown): Range | undefined {
	return isNode(node) ? (node.range ?? undefined) : undefined;
}
