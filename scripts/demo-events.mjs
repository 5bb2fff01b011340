// Made-up searches for the sample help center, marked as demo rows, so the first npm run report
// shows what it is for (`npm run demo:events -- --help`). The logic lives in src/demo/.
import { resolve } from 'node:path';
import { runDemoEventsCli } from '../src/demo/demo-cli.ts';

// `npm run demo:events | head` closes the pipe before the summary ends; the rows are stored by then.
process.stdout.on('error', (error) => {
	if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await runDemoEventsCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
