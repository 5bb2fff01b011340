import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { FrontmatterEditError, setSourceHash } from './set-source-hash.ts';

const HASH = '0123456789ab';

describe('writing sourceHash into a translation', () => {
	it('inserts one line after the last key and changes nothing else', () => {
		const text = '---\ntitle: Returns   # checked by Ayşe\ndescription: "How to return"\nupdated: 2026-10-01\n---\n\nBody text.\n';
		expect(setSourceHash(text, HASH)).toBe(
			'---\ntitle: Returns   # checked by Ayşe\ndescription: "How to return"\nupdated: 2026-10-01\nsourceHash: \'0123456789ab\'\n---\n\nBody text.\n',
		);
	});

	it('inserts after a multi-line last value, before comments that close the frontmatter', () => {
		const text = '---\ntitle: T\nrelated:\n  - iade/a\n  - iade/b\n# translator: keep the list short\n---\nBody\n';
		expect(setSourceHash(text, HASH)).toBe(
			"---\ntitle: T\nrelated:\n  - iade/a\n  - iade/b\nsourceHash: '0123456789ab'\n# translator: keep the list short\n---\nBody\n",
		);
	});

	it('inserts after a comment on the last key line, not inside it', () => {
		const text = '---\ntitle: T\norder: 2 # second\n---\n';
		expect(setSourceHash(text, HASH)).toBe("---\ntitle: T\norder: 2 # second\nsourceHash: '0123456789ab'\n---\n");
	});

	it('replaces only the value of an existing sourceHash, keeping its quotes and comment', () => {
		const text = '---\ntitle: T\nsourceHash: "aaaaaaaaaaaa" # from the last review\ntags: [x]\n---\nBody\n';
		expect(setSourceHash(text, HASH)).toBe('---\ntitle: T\nsourceHash: "0123456789ab" # from the last review\ntags: [x]\n---\nBody\n');
	});

	it('fills an empty sourceHash', () => {
		expect(setSourceHash('---\ntitle: T\nsourceHash:\n---\n', HASH)).toBe("---\ntitle: T\nsourceHash: '0123456789ab'\n---\n");
	});

	it('keeps Windows line endings', () => {
		const text = '---\r\ntitle: T\r\ndescription: D\r\n---\r\nBody\r\n';
		expect(setSourceHash(text, HASH)).toBe("---\r\ntitle: T\r\ndescription: D\r\nsourceHash: '0123456789ab'\r\n---\r\nBody\r\n");
	});

	it('writes a hash YAML would otherwise read as a number as a string', () => {
		const numeric = '123456e78901';
		const { data } = parseFrontmatter(setSourceHash('---\ntitle: T\n---\n', numeric));
		expect(data.sourceHash).toBe(numeric);
	});

	it('writes into an empty frontmatter', () => {
		expect(setSourceHash('---\n---\nBody\n', HASH)).toBe("---\nsourceHash: '0123456789ab'\n---\nBody\n");
	});

	it('refuses files it cannot edit safely, saying what to fix', () => {
		const refusal = (text: string) => {
			try {
				setSourceHash(text, HASH);
			} catch (error) {
				expect(error).toBeInstanceOf(FrontmatterEditError);
				return (error as Error).message;
			}
			return 'no error';
		};
		expect(refusal('# Title\n\nNo frontmatter.\n')).toMatch(/^it has no frontmatter/);
		expect(refusal('---\ntitle: T\n')).toMatch(/no closing `---` line/);
		expect(refusal('---\ntitle: T\ntitle: again\n---\n')).toMatch(/not valid YAML .*fix the YAML first/);
		expect(refusal('---\ntitle: T\nsourceHash: [a, b]\n---\n')).toMatch(/not a single value/);
		expect(refusal('---\n- a\n- b\n---\n')).toMatch(/not a list of `key: value` lines/);
	});
});
