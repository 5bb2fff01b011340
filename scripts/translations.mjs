// Translation status per locale: translated, outdated, not tracked, missing (`npm run translations -- --help`).
// The logic lives in src/translations/.
import { resolve } from 'node:path';
import { runTranslationsCli } from '../src/translations/translations-cli.ts';

process.exitCode = await runTranslationsCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
