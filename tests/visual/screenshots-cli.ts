import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { DEFAULT_TARGETS, writeScreenshots } from './write-screenshots.ts';

const HELP = `npm run screenshots [-- --out <folder>]

Builds the sample help center and photographs it in Chromium (/usr/bin/chromium or CHROMIUM_PATH).
Without options: rewrites the baselines of the visual tests (tests/visual/baselines/) and the
README's pictures (docs/screenshots/). Commit them after looking at them.

  --out <folder>  write the whole set into <folder> instead (say, docs/screenshots/before),
                  leaving the baselines and the README's pictures as they are
  --help          this text`;

/** `npm run screenshots`: returns the exit code. */
export async function runScreenshotsCli(argv: string[], log: (line: string) => void = console.log): Promise<number> {
	let values: { out?: string | undefined; help?: boolean | undefined };
	try {
		({ values } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
	} catch (error) {
		log(`${(error as Error).message}\n\n${HELP}`);
		return 2;
	}
	if (values.help) {
		log(HELP);
		return 0;
	}
	const out = values.out === undefined ? undefined : resolve(values.out);
	const targets = out ? { baselines: out, readme: out, prune: false } : DEFAULT_TARGETS;
	let written: string[];
	try {
		written = await writeScreenshots(targets, log);
	} catch (error) {
		log(`npm run screenshots: ${(error as Error).message}`);
		return 1;
	}
	log(`Wrote ${written.length} screenshots${out ? ` to ${relative(PROJECT_ROOT, out) || '.'}` : ''}.`);
	if (!out) log('Look at them (git diff shows which changed), then commit tests/visual/baselines and docs/screenshots.');
	return 0;
}
