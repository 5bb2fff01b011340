import { describe, expect, it } from 'vitest';
import { parseNewArgs } from './new-args.ts';
import { UsageError } from './scaffold-errors.ts';

const usageError = (argv: string[]) => {
	try {
		parseNewArgs(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	return 'no error';
};

describe('npm run new flags', () => {
	it('read a new article: locale, category, slug and the title, even unquoted', () => {
		expect(parseNewArgs(['--locale', 'tr', '--category', 'iade', 'İade ve değişim nasıl yapılır?'])).toEqual({
			command: { kind: 'article', title: 'İade ve değişim nasıl yapılır?', locale: 'tr', category: 'iade', slug: null },
			root: null,
		});
		expect(parseNewArgs(['--category=kargo', 'Kargom', ' nerede? ', '--slug', 'kargom-nerede', '--root', 'site'])).toEqual({
			command: { kind: 'article', title: 'Kargom nerede?', locale: null, category: 'kargo', slug: 'kargom-nerede' },
			root: 'site',
		});
	});

	it('take every word after -- as the title, even one that looks like a flag', () => {
		expect(parseNewArgs(['--category', 'iade', '--', '--force', 'nedir?']).command).toEqual({
			kind: 'article',
			title: '--force nedir?',
			locale: null,
			category: 'iade',
			slug: null,
		});
		expect(parseNewArgs(['--category', ' iade ', 'x']).command).toMatchObject({ category: 'iade' });
	});

	it('read a translation with an optional translated title and --force', () => {
		expect(parseNewArgs(['--translate-from', 'tr/iade/iade-sureci', '--locale', 'en']).command).toEqual({
			kind: 'translation',
			from: 'tr/iade/iade-sureci',
			locale: 'en',
			title: null,
			force: false,
		});
		expect(parseNewArgs(['--translate-from', 'content/tr/iade/iade-sureci.md', '--locale', 'de', '--force', 'Rücksendung']).command).toEqual({
			kind: 'translation',
			from: 'content/tr/iade/iade-sureci.md',
			locale: 'de',
			title: 'Rücksendung',
			force: true,
		});
	});

	it('reject mistakes with a sentence naming the flag and an example', () => {
		expect(usageError(['--category', 'iade'])).toBe('the article needs a title, e.g. npm run new -- --locale tr --category iade "İade nasıl yapılır?"');
		expect(usageError(['İade nasıl yapılır?'])).toMatch(/^--category is required: .* \(note the -- after new\)$/);
		expect(usageError(['--locale', '--category', 'iade', 'x'])).toBe('--locale needs a value, e.g. --locale en');
		expect(usageError(['--category', 'iade', '--slug', 'İade Süreci', 'x'])).toBe(
			'--slug "İade Süreci" is not a file name: use lowercase Latin letters, digits and hyphens, e.g. --slug iade-sureci',
		);
		expect(usageError(['--lang', 'tr'])).toMatch(/^unknown flag --lang \(allowed: --locale, --category, --slug, --translate-from, --force, --root, --help\)$/);
		expect(usageError(['--force', '--category', 'iade', 'x'])).toMatch(/^--force only replaces an existing translation/);
		expect(usageError(['--translate-from', 'tr/iade/iade-sureci'])).toBe(
			'--translate-from needs --locale, the language to translate into, e.g. --translate-from tr/iade/iade-sureci --locale en',
		);
		expect(usageError(['--translate-from', 'tr/iade/a', '--locale', 'en', '--slug', 'b'])).toMatch(/^--slug does not go with --translate-from/);
		expect(usageError(['--force=yes'])).toBe('--force takes no value');
	});
});
