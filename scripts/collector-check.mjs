// Checks that a deployed help center's searches are stored: posts one collector-check event to the
// endpoint its pages use and says what came back (`npm run collector:check -- --help`).
// The logic lives in src/deploy-check/.
import { resolve } from 'node:path';
import { runCollectorCheckCli } from '../src/deploy-check/collector-check-cli.ts';

process.exitCode = await runCollectorCheckCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
