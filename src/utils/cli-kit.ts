import { parseArgs } from 'node:util';
import { withDefaults, type CliIo } from './cli-io.ts';

/** The exit codes every command uses: done, problems found (or files that cannot be read), wrong flags. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Something typed wrong (a flag, a value, an argument): one line on stderr pointing to --help, exit code 2. */
export class UsageError extends Error {}

/** One flag a command accepts. `-h`/`--help` are every command's own and are not listed. */
export interface FlagSpec {
	type: 'string' | 'boolean';
	/** A value shown when the flag is given without one: `--days needs a value, e.g. --days 30`. */
	example?: string;
}
export type FlagSpecs = Record<string, FlagSpec>;

export type FlagValues<F extends FlagSpecs> = { [K in keyof F]?: F[K]['type'] extends 'string' ? string : true };

export interface ParseOptions {
	/** Whether words that are not flags are allowed (a title, files, an address); default not. */
	positionals?: boolean;
	/** How flags look, for the message about a stray word: `--since 30d`. */
	example?: string;
}

/** True when `-h` or `--help` comes before any `--`: help wins over every mistake around it, even `--category -h`. */
export function wantsHelp(argv: string[]): boolean {
	const end = argv.indexOf('--');
	return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}

/**
 * Splits argv with Node's `parseArgs`, the same way for every command: `--flag value` and
 * `--flag=value` are one thing, everything after `--` is a plain argument, and a value that starts
 * with `-` must be attached (`--flag=-x`), since `--since --locale tr` is far more often a missing
 * value than a value. Every mistake is a UsageError naming the flag, never Node's own wording.
 */
export function parseFlags<F extends FlagSpecs>(argv: string[], flags: F, options: ParseOptions = {}): { values: FlagValues<F>; positionals: string[] } {
	const specs: Record<string, FlagSpec> = { ...flags, help: { type: 'boolean' } };
	const allowed = Object.keys(specs)
		.map((name) => `--${name}`)
		.join(', ');
	// Not strict: its errors are Node's wording; ours name the flag and what it accepts.
	const { tokens } = parseArgs({
		args: argv,
		options: { ...specs, help: { type: 'boolean', short: 'h' } },
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	const values: Record<string, string | true> = {};
	const positionals: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			if (!options.positionals)
				throw new UsageError(`unexpected argument "${token.value}"${options.example ? `; flags look like ${options.example}` : ''} (allowed: ${allowed})`);
			positionals.push(token.value);
			continue;
		}
		const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
		if (!spec) throw new UsageError(`unknown flag ${token.rawName} (allowed: ${allowed})`);
		if (spec.type === 'boolean') {
			if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
			values[token.name] = true;
			continue;
		}
		if (token.value === undefined || token.value.trim() === '' || (!token.inlineValue && token.value.startsWith('-'))) {
			throw new UsageError(`--${token.name} needs a value${spec.example ? `, e.g. --${token.name} ${spec.example}` : ''}`);
		}
		values[token.name] = token.value;
	}
	return { values: values as FlagValues<F>, positionals };
}

export interface Command {
	/** How the user runs it, the start of every message: `npm run report`. */
	name: string;
	/** Printed for `-h`/`--help`. */
	usage: string;
}

/**
 * Runs a command's `main` the way every command runs: `--help` prints the usage (exit 0), a
 * UsageError is one line pointing to `--help` (exit 2), any other error is its message without
 * the stack (exit 1: files that cannot be read are the usual cause, and a stack trace tells a writer nothing).
 */
export async function runCommand(command: Command, argv: string[], cliIo: CliIo, main: (io: Required<CliIo>) => Promise<number>): Promise<number> {
	const io = withDefaults(cliIo);
	if (wantsHelp(argv)) {
		io.stdout(command.usage);
		return EXIT.ok;
	}
	try {
		return await main(io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`${command.name}: ${error.message}. See ${command.name} -- --help.\n`);
			return EXIT.usage;
		}
		io.stderr(`${command.name}: ${(error instanceof Error ? error.message : String(error)).trimEnd()}\n`);
		return EXIT.problems;
	}
}
