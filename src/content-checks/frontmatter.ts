import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ParsedFrontmatter {
	/** The YAML data; `{}` when the file has no frontmatter. */
	data: Record<string, unknown>;
	/** Markdown after the frontmatter. */
	body: string;
	/** Line in the file where the body starts (1-based). */
	bodyStartLine: number;
	/** Line of a top-level key (or of the frontmatter start when the key is absent). */
	lineOf(key: string | number | undefined): number;
	/** YAML syntax errors, with lines in the file. */
	errors: Array<{ line: number; column: number; message: string }>;
}

const FENCE = /^---[ \t]*\r?\n/;

/**
 * Splits a Markdown file into YAML frontmatter and body, remembering on which line each
 * top-level key stands so that problems can point to `file:line`.
 */
export function parseFrontmatter(source: string, yamlOnly = false): ParsedFrontmatter {
	let yamlText = '';
	let offsetLines = 0;
	let body = source;
	let bodyStartLine = 1;
	if (yamlOnly) {
		yamlText = source;
		body = '';
	} else if (FENCE.test(source)) {
		const end = source.search(/\r?\n---[ \t]*(\r?\n|$)/);
		if (end !== -1) {
			yamlText = source.slice(source.indexOf('\n') + 1, end + 1);
			offsetLines = 1;
			const closing = source.slice(end).match(/^\r?\n---[ \t]*(\r?\n|$)/)![0];
			body = source.slice(end + closing.length);
			bodyStartLine = source.slice(0, end + closing.length).split('\n').length;
			if (!closing.endsWith('\n')) bodyStartLine -= 1;
		}
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
	const toFileLine = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + offsetLines, column: pos.col };
	};
	const errors = doc.errors.map((error) => ({ ...toFileLine(error.pos[0]), message: error.message.split('\n')[0]! }));
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), toFileLine(pair.key.range[0]).line);
		}
	}
	let raw: unknown = {};
	if (!errors.length) {
		try {
			raw = doc.toJS();
		} catch (error) {
			// Not a syntax error but still unreadable: an alias (`*name`) without its anchor, too many aliases.
			errors.push({ ...toFileLine(firstAliasOffset(doc) ?? 0), message: error instanceof Error ? error.message : String(error) });
		}
	}
	const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	return {
		data,
		body,
		bodyStartLine,
		lineOf: (key) => (key !== undefined && keyLines.get(String(key))) || 1,
		errors,
	};
}

function firstAliasOffset(doc: Document): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		},
	});
	return offset;
}
