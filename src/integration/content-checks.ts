import { AstroError } from 'astro/errors';
import type { AstroIntegrationLogger } from 'astro';
import type { ContentIndex } from '../content-checks/content-types.ts';
import { formatProblem, type ContentProblem } from '../content-checks/problem.ts';
import { runChecks } from '../content-checks/run-checks.ts';
import type { DestekConfig } from '../schemas/config.ts';

/**
 * Checks every content file before Astro renders anything, so a writer's mistake stops the build
 * with `file:line  message  (hint)` lines instead of a broken page or a stack trace. In dev the
 * error is returned instead of thrown: the dev server shows it on every page (see
 * dev-content-errors.ts) until the file is fixed.
 */
export async function runContentChecks(options: {
	root: string;
	config: DestekConfig;
	logger: AstroIntegrationLogger;
}): Promise<{ index: ContentIndex; error: AstroError | undefined }> {
	const { problems, index } = await runChecks(options);
	const warnings = problems.filter((p) => p.severity === 'warning');
	for (const warning of warnings) options.logger.warn(formatProblem(warning));
	const errors = problems.filter((p) => p.severity === 'error');
	return { index, error: errors.length ? contentError(errors) : undefined };
}

/** One error listing every problem, the same lines `npm run check` prints. */
export function contentError(errors: ContentProblem[]): AstroError {
	const summary = `${errors.length} content problem${errors.length === 1 ? '' : 's'} must be fixed before the help center can be built:`;
	const error = new AstroError(
		`${summary}\n${errors.map(formatProblem).join('\n')}`,
		'Each line names the file and line, what is wrong and, in parentheses, how to fix it. `npm run check` lists them too.',
	);
	error.name = 'ContentError';
	// The list is the message; Astro's stack trace would only point into Destek's own code.
	error.stack = `${error.name}: ${error.message}`;
	return error;
}
