import { parseFlags, UsageError } from '../utils/cli-kit.ts';
import { SEGMENT_PATTERN } from '../utils/article-path.ts';
import { slugify } from './slugify.ts';

export type NewCommand =
	/** A new article; `locale` null means the default locale. */
	| { kind: 'article'; title: string; locale: string | null; category: string; slug: string | null }
	/** A translation of `from` (`tr/iade/iade-sureci`, as typed) into `locale`. */
	| { kind: 'translation'; from: string; locale: string; title: string | null; force: boolean };

export interface NewOptions {
	command: NewCommand;
	/** The project with astro.config.mjs, as given; null means this project. */
	root: string | null;
}

const EXAMPLE = 'npm run new -- --locale tr --category iade "İade nasıl yapılır?"';

export const USAGE = `Usage: npm run new -- [flags] "<title>"   (or: node scripts/new.mjs [flags] "<title>")

Starts a new article, or a translation of one, as a draft with everything the build checks filled in.

  npm run new -- --locale tr --category iade "İade ve değişim nasıl yapılır?"
      creates content/tr/iade/iade-ve-degisim-nasil-yapilir.md: title, today's date, hints and
      an FAQ block to fill in. The file name comes from the title, spelled without accents
      (Turkish ı→i, ş→s, ğ→g…; German ü→ue, ß→ss); when the name is taken, -2, -3… is added.

  npm run new -- --translate-from tr/iade/iade-sureci --locale en ["<translated title>"]
      creates content/en/iade/iade-sureci.md, the same path as the source (the same path in every
      language is the same article), with a copy of the source's text to translate and its
      sourceHash, so npm run translations can tell later when the source changed.

  --locale <code>            the article's language; default the default locale (required with
                             --translate-from: the language to translate into)
  --category <folder>        the topic folder, one of the default locale's categories
  --slug <name>              the file name instead of one made from the title: lowercase Latin
                             letters, digits and hyphens (needed for titles without Latin letters,
                             such as Arabic ones)
  --translate-from <article> <locale>/<category>/<slug> of the article to translate
                             (content/… and .md may be included)
  --force                    with --translate-from: replace a translation that already exists
  --root <dir>               the project with astro.config.mjs; default this project
  -h, --help                 show this help

The file starts with draft: true, so nothing half-written is published; delete that line when the
article is ready. Exit codes: 0 created, 1 the file exists or could not be written, 2 wrong flags.
`;

const FLAGS = {
	locale: { type: 'string', example: 'en' },
	category: { type: 'string', example: 'iade' },
	slug: { type: 'string', example: 'iade-sureci' },
	'translate-from': { type: 'string', example: 'tr/iade/iade-sureci' },
	force: { type: 'boolean' },
	root: { type: 'string', example: '.' },
} as const;

/** The flags of `npm run new` (split by the CLI kit), each checked so a mistake gets a sentence, never a stack trace. */
export function parseNewArgs(argv: string[]): NewOptions {
	const { values, positionals: words } = parseFlags(argv, FLAGS, { positionals: true });
	// Pasted values often bring spaces along; a file name or locale never has them at the ends.
	const value = (name: 'locale' | 'category' | 'slug' | 'translate-from' | 'root') => values[name]?.trim();
	const root = value('root') ?? null;

	// An unquoted title arrives as several words; they are one title.
	const title = words.join(' ').replace(/\s+/g, ' ').trim();
	const locale = value('locale') ?? null;
	const from = value('translate-from');
	if (from !== undefined) {
		for (const name of ['category', 'slug'] as const) {
			if (values[name] !== undefined)
				throw new UsageError(`--${name} does not go with --translate-from: a translation keeps its source's category and file name`);
		}
		if (locale === null) throw new UsageError(`--translate-from needs --locale, the language to translate into, e.g. --translate-from ${from} --locale en`);
		return { command: { kind: 'translation', from, locale, title: title || null, force: values.force === true }, root };
	}
	if (values.force) throw new UsageError('--force only replaces an existing translation (with --translate-from); a new article never replaces a file');
	const category = value('category');
	// The usual cause of a missing --category is `npm run new --category …`: npm keeps flags before `--`.
	if (category === undefined) throw new UsageError(`--category is required: the topic folder the article goes in, e.g. ${EXAMPLE} (note the -- after new)`);
	if (!title) throw new UsageError(`the article needs a title, e.g. ${EXAMPLE}`);
	const slug = value('slug') ?? null;
	if (slug !== null && !SEGMENT_PATTERN.test(slug)) {
		const suggestion = slugify(slug, locale ?? 'en').slug;
		throw new UsageError(
			`--slug "${slug}" is not a file name: use lowercase Latin letters, digits and hyphens, e.g. --slug ${suggestion || FLAGS.slug.example}`,
		);
	}
	return { command: { kind: 'article', title, locale, category, slug }, root };
}
