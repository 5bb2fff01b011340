import { describe, expect, it } from 'vitest';
import { UsageError } from '../utils/cli-kit.ts';
import { parseTranslationsArgs } from './translations-args.ts';

const usageError = (argv: string[]) => {
	try {
		parseTranslationsArgs(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	return 'no error';
};

describe('translations flags', () => {
	it('default to the status table as text', () => {
		expect(parseTranslationsArgs([])).toEqual({ command: { kind: 'status', format: 'text' }, root: null });
		expect(parseTranslationsArgs(['--format', 'json', '--root', 'site'])).toEqual({ command: { kind: 'status', format: 'json' }, root: 'site' });
	});

	it('take a locale for --missing and files after --mark', () => {
		expect(parseTranslationsArgs(['--missing', 'de', '--format=json']).command).toEqual({ kind: 'missing', locale: 'de', format: 'json' });
		expect(parseTranslationsArgs(['--mark', 'content/en/a/b.md', 'content/de/a/b.md']).command).toEqual({
			kind: 'mark',
			files: ['content/en/a/b.md', 'content/de/a/b.md'],
		});
		expect(parseTranslationsArgs(['--mark', '--root', '.', 'content/en/a/b.md'])).toEqual({
			command: { kind: 'mark', files: ['content/en/a/b.md'] },
			root: '.',
		});
	});

	it('reject mistakes with a sentence naming the flag and what it accepts', () => {
		expect(usageError(['--format', 'xml'])).toBe('--format must be one of text, json (got "xml")');
		expect(usageError(['--missing'])).toBe('--missing needs a value, e.g. --missing de');
		expect(usageError(['--missing', '--format', 'json'])).toBe('--missing needs a value, e.g. --missing de');
		expect(usageError(['--mark'])).toMatch(/^--mark needs the translation files to mark/);
		expect(usageError(['--mark', 'a.md', '--missing', 'de'])).toMatch(/run them one at a time/);
		expect(usageError(['--mark', 'a.md', '--format', 'json'])).toMatch(/not to --mark/);
		expect(usageError(['content/en/a/b.md'])).toMatch(/^unexpected argument "content\/en\/a\/b.md"; to mark translations, put --mark before the files$/);
		expect(usageError(['--', '--mark', 'a.md'])).toMatch(/^unexpected argument "--mark"/);
		expect(usageError(['--locale', 'de'])).toMatch(/^unknown flag --locale \(allowed: --missing, --mark, --format, --root, --help\)/);
	});
});
