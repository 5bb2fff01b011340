// Rewrites the visual-test baselines and the README's screenshots from one build of the sample help
// center (`npm run screenshots -- --help`). The logic lives in tests/visual/.
import { runScreenshotsCli } from '../tests/visual/screenshots-cli.ts';

process.exitCode = await runScreenshotsCli(process.argv.slice(2));
