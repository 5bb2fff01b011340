import { AstroError } from 'astro/errors';
import type { AstroIntegrationLogger } from 'astro';
import { checkContent, type ContentIndex } from '../content-checks/check-content.ts';
import { formatProblem, sortProblems } from '../content-checks/problem.ts';
import type { DestekConfig } from '../schemas/config.ts';
import { checkPopularIds } from './popular-ids.ts';

/**
 * Checks every content file before Astro renders anything, so a writer's mistake stops the build
 * with `file:line  message  (hint)` lines instead of a broken page or a stack trace.
 */
export async function runContentChecks(options: {
	root: string;
	config: DestekConfig;
	logger: AstroIntegrationLogger;
	command: string;
}): Promise<ContentIndex> {
	const { root, config, logger } = options;
	const { problems, index } = await checkContent({
		root,
		contentDir: config.contentDir,
		locales: Object.keys(config.locales),
		defaultLocale: config.defaultLocale,
	});
	problems.push(...checkPopularIds(root, config, index));
	const sorted = sortProblems(problems);
	for (const warning of sorted.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
	const errors = sorted.filter((p) => p.severity === 'error');
	if (errors.length === 0) return index;
	const summary = `${errors.length} content problem${errors.length === 1 ? '' : 's'} must be fixed before the help center can be built:`;
	const error = new AstroError(`${summary}\n${errors.map(formatProblem).join('\n')}`, 'Each line names the file and line, what is wrong and, in parentheses, how to fix it.');
	error.name = 'ContentError';
	// The list is the message; Astro's stack trace would only point into Destek's own code.
	error.stack = `${error.name}: ${error.message}`;
	throw error;
}
