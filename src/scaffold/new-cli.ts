import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteSettings } from '../site/site-settings.ts';
import type { ContentLayout } from './content-folders.ts';
import { localDate } from './local-date.ts';
import { parseNewArgs, USAGE } from './new-args.ts';
import { createArticle, type CreatedArticle } from './new-article.ts';
import { createTranslation, type CreatedTranslation } from './new-translation.ts';
import { ScaffoldError, UsageError } from './scaffold-errors.ts';

export interface NewIo {
	/** The project `npm run new` belongs to (where scripts/ is). */
	root: string;
	/** Where a relative --root starts; default the working folder. */
	cwd?: string;
	/** Gives `updated`; default the current time. */
	now?: Date;
	stdout?: (text: string) => void;
	stderr?: (text: string) => void;
}

const NAME = 'npm run new';

/** `npm run new`; resolves to the exit code: 0 created, 1 a file exists or cannot be read or written, 2 wrong flags. */
export async function runNewCli(argv: string[], io: NewIo): Promise<number> {
	const stdout = io.stdout ?? ((text: string) => process.stdout.write(text));
	const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
	try {
		const { command, root: rootFlag } = parseNewArgs(argv);
		if (command.kind === 'help') {
			stdout(USAGE);
			return 0;
		}
		const layout = await loadLayout(rootFlag ? resolve(io.cwd ?? process.cwd(), rootFlag) : io.root);
		const today = localDate(io.now ?? new Date());
		if (command.kind === 'article') {
			const created = await createArticle(layout, { ...command, locale: command.locale ?? layout.defaultLocale, today });
			stdout(articleReport(created));
		} else {
			stdout(translationReport(await createTranslation(layout, { ...command, today }), command.locale));
		}
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			stderr(`${NAME}: ${error.message}. See ${NAME} -- --help.\n`);
			return 2;
		}
		// Anything else is a file problem or a bug; still one line, never a stack trace.
		stderr(`${NAME}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
		return 1;
	}
}

async function loadLayout(root: string): Promise<ContentLayout> {
	if (!existsSync(join(root, 'astro.config.mjs'))) throw new ScaffoldError(`${root} has no astro.config.mjs; run this in the help center project or pass --root`);
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
	if (rebased.length) steps.push(`Images and files still point at the originals (${rebased.slice(0, 3).join(', ')}${rebased.length > 3 ? ', …' : ''}); to show ${locale} ones, put them next to the translation and change those paths.`);
	steps.push('When it is done, delete the line draft: true and run npm run check; npm run translations then counts it as translated.');
	return `${created.replaced ? 'Replaced' : 'Created'} ${file.display}, a translation of ${source.display} (a draft, sourceHash ${created.sourceHash}).
${noteLines(notes)}
Next:
${list(steps)}
`;
}
