// Checks the help center's content without building it (`npm run check -- --help`). The checks
// live in src/content-checks/ and run inside `npm run build` too.
import { resolve } from 'node:path';
import { runCheckCli } from '../src/content-checks/check-cli.ts';

process.exitCode = await runCheckCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
