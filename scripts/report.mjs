// The content-gap report: what customers searched for and did not find, per locale, with the
// articles that come closest (`npm run report -- --help`). The logic lives in src/report/.
import { resolve } from 'node:path';
import { runReportCli } from '../src/report/report-cli.ts';

process.exitCode = await runReportCli(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
