/** Something typed wrong (a flag, a locale, a category): the CLI kit's, so it prints one line and exits with code 2. */
export { UsageError } from '../utils/cli-kit.ts';

/** The project's files stand in the way (a file exists, a folder cannot be written): exit code 1. */
export class ScaffoldError extends Error {}
