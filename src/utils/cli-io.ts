/** What a command-line tool gets from its entry script, so tests can run it in-process. */
export interface CliIo {
	/** The project the command belongs to (where scripts/ is). */
	root: string;
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	now?: number;
	stdout?: (text: string) => void;
	stderr?: (text: string) => void;
}

/** The io with its defaults: the process's folder, environment, clock and streams. */
export function withDefaults(io: CliIo): Required<CliIo> {
	return {
		root: io.root,
		cwd: io.cwd ?? process.cwd(),
		env: io.env ?? process.env,
		now: io.now ?? Date.now(),
		stdout: io.stdout ?? ((text) => process.stdout.write(text)),
		stderr: io.stderr ?? ((text) => process.stderr.write(text)),
	};
}
