import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteSettings } from '../site/site-settings.ts';
import type { ContentLayout } from './content-folders.ts';
import { localDate } from './local-date.ts';
import { parseNewArgs, USAGE } from './new-args.ts';
import { createArticle, type CreatedArticle } from './new-article.ts';
import { createTranslation, type CreatedTranslation } from './new-translation.ts';
import { ScaffoldError } from './scaffold-errors.ts';
import type { CliIo } from '../utils/cli-io.ts';
import { EXIT, runCommand } from '../utils/cli-kit.ts';

const NAME = 'npm run new';

/** `npm run new`; resolves to the exit code: 0 created, 1 a file exists or cannot be read or written, 2 wrong flags. */
export function runNewCli(argv: string[], cliIo: CliIo): Promise<number> {
	return runCommand({ name: NAME, usage: USAGE }, argv, cliIo, async (io) => {
		const { command, root: rootFlag } = parseNewArgs(argv);
		const layout = await loadLayout(rootFlag ? resolve(io.cwd, rootFlag) : io.root);
		const today = localDate(new Date(io.now));
		if (command.kind === 'article') {
			const created = await createArticle(layout, { ...command, locale: command.locale ?? layout.defaultLocale, today });
			io.stdout(articleReport(created));
		} else {
			io.stdout(translationReport(await createTranslation(layout, { ...command, today }), command.locale));
		}
		return EXIT.ok;
	});
}

async function loadLayout(root: string): Promise<ContentLayout> {
	if (!existsSync(join(root, 'astro.config.mjs')))
		throw new ScaffoldError(`${root} has no astro.config.mjs; run this in the help center project or pass --root`);
	try {
		const settings = await loadSiteSettings(root);
		return { root, contentDir: settings.config.contentDir, locales: settings.locales, defaultLocale: settings.defaultLocale };
	} catch (error) {
		throw new ScaffoldError(`could not read ${join(root, 'astro.config.mjs')}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}

const list = (steps: string[]) => steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n');
const noteLines = (notes: string[]) => notes.map((note) => `Note: ${note}\n`).join('');

function articleReport({ file, notes }: CreatedArticle): string {
	return `Created ${file.display} (a draft).
${noteLines(notes)}
Next:
${list([
	`Open ${file.display}: replace the description and the hints with your text, and fill in or delete the FAQ questions.`,
	'Add keywords customers search with that are not in the text (see the comment above keywords).',
	'Preview it with npm run dev; drafts show there and nowhere else.',
	'When it is ready, delete the line draft: true and run npm run check.',
])}
`;
}

function translationReport(created: CreatedTranslation, locale: string): string {
	const { file, source, rebased, notes } = created;
	const steps = [`Translate title, description, tags, keywords and the text in ${file.display}; keep order, related and the links as they are.`];
	if (rebased.length)
		steps.push(
			`Images and files still point at the originals (${rebased.slice(0, 3).join(', ')}${rebased.length > 3 ? ', …' : ''}); to show ${locale} ones, put them next to the translation and change those paths.`,
		);
	steps.push('When it is done, delete the line draft: true and run npm run check; npm run translations then counts it as translated.');
	return `${created.replaced ? 'Replaced' : 'Created'} ${file.display}, a translation of ${source.display} (a draft, sourceHash ${created.sourceHash}).
${noteLines(notes)}
Next:
${list(steps)}
`;
}
