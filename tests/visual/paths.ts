import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/** Where the visual tests read their baselines, and where `npm run screenshots` writes them. */
export const BASELINES = join(PROJECT_ROOT, 'tests', 'visual', 'baselines');
/** The README's pictures. */
export const README_SCREENSHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');
/** A failing shot's screenshot and difference image; ignored by git, like the rest of tests/.output/. */
export const FAILURES = join(PROJECT_ROOT, 'tests', '.output', 'visual');
/** What rewrites BASELINES and README_SCREENSHOTS. */
export const UPDATE_COMMAND = 'npm run screenshots';
