import { spawn } from 'node:child_process';

/** `node <script> <args>` with the Node that runs the tests; resolves to its exit code and its stdout and stderr together. */
export function runNode(script: string, args: string[], { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
