import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from './json-schemas.ts';

const root = join(import.meta.dirname, '../..');

describe('JSON Schemas for editors', () => {
	it('describe every frontmatter field with the limits the build enforces', () => {
		const { article } = contentJsonSchemas() as unknown as {
			article: { properties: Record<string, Record<string, unknown>>; required: string[]; additionalProperties: boolean };
		};
		expect(article.required).toEqual(['title', 'description', 'updated']);
		expect(article.additionalProperties).toBe(false);
		expect(article.properties.description).toMatchObject({ maxLength: 160 });
		expect(article.properties.updated).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
		expect(Object.values(article.properties).every((property) => typeof property.description === 'string')).toBe(true);
	});

	it('are committed in .vscode/ as generated (run npm run schemas after changing a schema)', () => {
		for (const [name, schema] of Object.entries(contentJsonSchemas())) {
			expect(JSON.parse(readFileSync(join(root, '.vscode', `${name}.schema.json`), 'utf8'))).toEqual(schema);
		}
	});
});
