// Starts a new article, or a translation of one, as a draft (`npm run new -- --help`).
// The logic lives in src/scaffold/.
import { resolve } from 'node:path';
import { runNewCli } from '../src/scaffold/new-cli.ts';

process.exitCode = await runNewCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
