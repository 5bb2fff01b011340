// Writes the JSON Schemas of article frontmatter and _category.yml to .vscode/ (`npm run schemas`),
// from the zod schemas the build uses. A test fails when the committed files are out of date.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentJsonSchemas } from '../src/schemas/json-schemas.ts';

const root = resolve(import.meta.dirname, '..');
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
	const file = join(root, '.vscode', `${name}.schema.json`);
	writeFileSync(file, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`Wrote ${file}`);
}
