import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/**
 * Parses `input` with `schema`; on failure throws one AstroError that lists every problem with the
 * option's path and the value that was given, so a store owner can fix them all in one go.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, title: string): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const error = new AstroError(`${title}\n${formatIssues(result.error.issues, input)}`, 'See the configuration reference in README.md.');
	// The message says everything; frames inside Destek would only distract from the config file.
	error.stack = `${error.name}: ${error.message}`;
	throw error;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string {
	return issues.map((issue) => `- ${describeIssue(issue, input)}`).join('\n');
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const path = issue.path.map(String).join('.') || '(root)';
	if (issue.code === 'unrecognized_keys') {
		return `**${path}**: unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
	}
	const received = valueAt(input, issue.path);
	const given = received === undefined ? 'it is missing' : `got ${JSON.stringify(received)}`;
	return `**${path}**: ${issue.message} (${given})`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
