// Turns the shared corpus generator's output (../shared/bench/gen-corpus.mjs) into a Destek site:
// the topic in each slug (`returns-0002`) becomes the category, every article gets a date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const corpusGenerator = resolve(projectRoot, '../shared/bench/gen-corpus.mjs');

/**
 * Generates (or, with `reuse`, keeps) `work/corpus` and `work/site` for N articles per locale.
 * The site lives inside the project so it resolves Destek's packages.
 */
export function prepareCorpusSite({ work, articlesPerLocale, locales, reuse = false }) {
	const site = join(work, 'site');
	const corpus = join(work, 'corpus');
	if (reuse && existsSync(join(site, 'astro.config.mjs')) && existsSync(join(corpus, 'manifest.json'))) return { site, corpus };
	if (!existsSync(corpusGenerator)) throw new Error(`Corpus generator not found at ${corpusGenerator}; the bench needs ../shared/bench/ next to the project.`);
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const generated = spawnSync(process.execPath, [corpusGenerator, String(articlesPerLocale), locales.join(','), corpus], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (generated.status !== 0) throw new Error('the corpus generator failed');

	const categories = new Set();
	for (const locale of locales) {
		for (const file of readdirSync(join(corpus, locale))) {
			if (!file.endsWith('.md')) continue;
			const category = file.replace(/-\d+\.md$/, '');
			categories.add(category);
			const source = readFileSync(join(corpus, locale, file), 'utf8');
			// Descriptions are cut to the 160 characters `npm run check` allows.
			const withDate = source.replace(/^---\n/, '---\nupdated: 2026-11-01\n').replace(/^description: "(.{150}).*"$/m, 'description: "$1"');
			write(join(site, 'content', locale, category, file), withDate);
		}
	}
	for (const locale of locales) {
		for (const category of categories) {
			write(join(site, 'content', locale, category, '_category.yml'), `title: ${category}\n${locale === locales[0] ? 'icon: question\n' : ''}`);
		}
	}
	const toProject = relative(site, projectRoot);
	write(
		join(site, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import destek from '${toProject}/src/integration/index.ts';
export default defineConfig({ site: 'https://help.example.com', integrations: [destek({
	title: 'Bench', defaultLocale: '${locales[0]}', localesDir: '${toProject}/locales',
	locales: { ${locales.map((l) => `${l}: { label: '${l}' }`).join(', ')} },
	contact: { phone: { number: '0850 000 00 00' }, hours: { mon: '09:00-18:00' } },
})] });
`,
	);
	write(join(site, 'src', 'content.config.ts'), `export { collections } from '${relative(join(site, 'src'), projectRoot)}/src/collections.ts';\n`);
	return { site, corpus };
}

function write(path, text) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}
