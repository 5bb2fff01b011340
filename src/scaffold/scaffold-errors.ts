/** Something typed wrong (a flag, a locale, a category): one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** The project's files stand in the way (a file exists, a folder cannot be written): exit code 1. */
export class ScaffoldError extends Error {}
