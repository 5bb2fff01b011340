import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './frontmatter.ts';

describe('frontmatter with line numbers', () => {
	const source = '---\ntitle: İade\ndescription: Kısa\nupdated: 2026-10-01\n---\n\nGövde\n';

	it('reads the data and where the body starts', () => {
		const parsed = parseFrontmatter(source);
		expect(parsed.data).toEqual({ title: 'İade', description: 'Kısa', updated: '2026-10-01' });
		expect(parsed.body).toBe('\nGövde\n');
		expect(parsed.bodyStartLine).toBe(6);
	});

	it('knows the file line of each key', () => {
		const parsed = parseFrontmatter(source);
		expect(parsed.lineOf('title')).toBe(2);
		expect(parsed.lineOf('updated')).toBe(4);
		expect(parsed.lineOf('missing')).toBe(1);
	});

	it('reports YAML syntax errors at their line in the file', () => {
		const parsed = parseFrontmatter('---\ntitle: a\ntags: [a, b\n---\nx');
		expect(parsed.errors.length).toBeGreaterThan(0);
		expect(parsed.errors[0]!.line).toBeGreaterThanOrEqual(3);
	});

	it('reports an alias without its anchor (`*a`, found by the property tests) at its line instead of throwing', () => {
		const parsed = parseFrontmatter('---\ndescription: Kısa\ntitle: *a\n---\nx');
		expect(parsed.errors).toEqual([{ line: 3, column: 8, message: expect.stringMatching(/alias/i) as string }]);
		expect(parsed.data).toEqual({});
	});

	it('treats a file without frontmatter as empty data', () => {
		expect(parseFrontmatter('Just text').data).toEqual({});
	});
});
