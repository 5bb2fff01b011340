import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DestekConfigSchema, type DestekConfig, type DestekUserConfig } from '../schemas/config.ts';
import { parseWithFriendlyErrors } from '../utils/friendly-errors.ts';
import { loadTranslations } from '../i18n/load-translations.ts';
import { markdownProcessor } from './markdown.ts';
import { cssImports, fontImports, fontPreloads, virtualModules } from './virtual-modules.ts';
import { runContentChecks } from './content-checks.ts';
import { writeHostFiles } from './host-files.ts';
import { writeBuildInfo } from '../site/build-info.ts';
import { atomicOutput } from './atomic-output.ts';
import { drawArticleCards, planArticleCards } from '../social-cards/article-cards.ts';
import { resolveBase } from '../site/base-path.ts';
import { recheckOnChange } from './dev-content-errors.ts';
import { setDevContentError } from './dev-error-state.ts';
import { warnAboutAccentContrast } from './accent-contrast.ts';
import { renderDigest } from './render-digest.ts';
import { moveLocale404Pages } from './locale-404-pages.ts';
import { startSearchIndex, type SearchIndexer } from './search-index.ts';
import { serveBuiltSearchIndex } from './dev-search-index.ts';
import { contentModelOf, type PublishedArticle } from '../catalog/content-index-model.ts';
import type { ContentModel } from '../catalog/content-model.ts';

export type { DestekUserConfig };

const ROUTES: Array<[pattern: string, file: string]> = [
	['/', 'root.astro'],
	['/404', 'root-404.astro'],
	['/[locale]', 'home.astro'],
	['/[locale]/404', 'not-found.astro'],
	['/[locale]/search', 'search.astro'],
	['/[locale]/[category]', 'category.astro'],
	['/[locale]/[category]/[slug]', 'article.astro'],
];

/**
 * The Destek help center as an Astro integration: validates the options, checks the content,
 * sets up Markdown and injects every page.
 *
 * @example
 * export default defineConfig({ integrations: [destek({ title: 'Help', defaultLocale: 'en', locales: { en: { label: 'English' } } })] });
 */
export default function destek(userConfig: DestekUserConfig): AstroIntegration & { destekConfig: DestekConfig } {
	const config: DestekConfig = parseWithFriendlyErrors(DestekConfigSchema, userConfig, 'Invalid destek() options in astro.config.mjs:');
	let contentModel: ContentModel<PublishedArticle> | undefined;
	let astroOutDir: URL | undefined;
	let astroBase = '/';
	let astroRoot = '';
	let astroSite: string | undefined;
	let checkOptions: Parameters<typeof runContentChecks>[0] | undefined;
	let searchIndexer: SearchIndexer | undefined;
	let articleCards: ReturnType<typeof drawArticleCards> | undefined;
	let output: ReturnType<typeof atomicOutput> | undefined;
	return {
		name: 'destek',
		/** The validated options, for the project's own scripts (the server reads base and locales). */
		destekConfig: config,
		hooks: {
			'astro:config:setup': async ({ config: astroConfig, command, updateConfig, injectRoute, addMiddleware, addWatchFile, logger }) => {
				const root = fileURLToPath(astroConfig.root);
				const locales = Object.keys(config.locales);
				const { resources, files } = loadTranslations(root, config.localesDir, locales);
				files.forEach((file) => addWatchFile(file));

				checkOptions = { root, config, logger };
				const checked = await runContentChecks(checkOptions);
				// What the pages show (catalog.ts builds the same model from Astro's collections), for the search index, cards and sitemap.
				contentModel = contentModelOf(checked.index, { locales, defaultLocale: config.defaultLocale });
				if (checked.error && command !== 'dev') throw checked.error;
				if (command === 'dev') setDevContentError(checked.error);
				warnAboutAccentContrast(config.brand.accentColor, logger);

				if (command === 'build') {
					output = atomicOutput(fileURLToPath(astroConfig.outDir));
					await output.clean();
				}

				for (const [pattern, file] of ROUTES) {
					injectRoute({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true });
				}
				addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'pre' });

				updateConfig({
					// `astro build --base /docs/` (or Astro's own `base`) wins over the option: see base-path.ts.
					base: resolveBase({ astroBase: astroConfig.base, optionBase: config.base }),
					trailingSlash: 'always',
					// Astro writes JSON Schemas of the collections to .astro/collections/; its VS Code
					// extension then completes and checks frontmatter in content/**/*.md.
					experimental: { contentIntellisense: true },
					// Pages render while earlier ones are written and indexed: 20–25% faster on 2 CPUs.
					build: { format: 'directory', concurrency: 4 },
					// Written next to the output folder and swapped in when complete (atomic-output.ts).
					...(output ? { outDir: pathToFileURL(`${output.next}/`) } : {}),
					image: { layout: 'constrained' },
					markdown: {
						// Help articles rarely show code; Shiki cost half a millisecond per article even without any.
						syntaxHighlight: false,
						processor: markdownProcessor(
							{
								contentRoot: join(root, config.contentDir),
								defaultLocale: config.defaultLocale,
								resources,
								allowHtml: config.markdown.allowHtml,
								renderDigest: renderDigest(resources, config.markdown),
							},
							{ threads: command === 'build' ? markdownThreads() : 0 },
						),
					},
					vite: {
						// Scripts always ship as files, never inline, so a strict Content-Security-Policy can forbid inline scripts.
						build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
						plugins: [
							virtualModules({
								'virtual:destek/config': `export default ${JSON.stringify(config)};`,
								'virtual:destek/translations': `export default ${JSON.stringify(resources)};`,
								'virtual:destek/custom-css': cssImports(root, config.brand.customCss),
								'virtual:destek/font-css': config.brand.font ? fontImports(root, config.brand.font.css) : '',
								'virtual:destek/font-preload': fontPreloads(root, config.brand.font?.preload ?? {}, Object.keys(config.locales)),
							}),
						],
					},
				});
			},
			'astro:server:setup': ({ server }) => {
				serveBuiltSearchIndex(server, fileURLToPath(astroOutDir!), astroBase);
				if (checkOptions) recheckOnChange(server, checkOptions);
			},
			'astro:config:done': ({ config: astroConfig }) => {
				astroOutDir = astroConfig.outDir;
				astroRoot = fileURLToPath(astroConfig.root);
				astroBase = astroConfig.base;
				astroSite = astroConfig.site;
			},
			'astro:build:start': async ({ logger, setPrerenderer }) => {
				searchIndexer = await startSearchIndex({ content: contentModel!, base: astroBase, logger });
				setPrerenderer((prerenderer) => searchIndexer!.wrap(prerenderer));
				// Drawn on sharp's threads while the pages render.
				if (config.brand.articleCards)
					articleCards = drawArticleCards(planArticleCards(contentModel!, config), join(astroRoot, 'node_modules', '.cache', 'destek', 'cards'));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				await moveLocale404Pages(dist, Object.keys(config.locales));
				await searchIndexer!.finish(dist);
				if (articleCards) logger.info(`Article cards: ${await articleCards.copyInto(dist)}`);
				await writeHostFiles({ dist, base: astroBase, site: astroSite, config, content: contentModel!, logger });
				// Last: the finished site replaces the previous one in one step.
				await output!.publish();
				writeBuildInfo(astroRoot, { base: astroBase, dist: output!.outDir });
			},
		},
	};
}

/** Worker threads for Markdown in builds: one per CPU; DESTEK_MARKDOWN_THREADS=0 renders in-process. */
function markdownThreads(): number {
	const configured = Number.parseInt(process.env.DESTEK_MARKDOWN_THREADS ?? '', 10);
	return Number.isInteger(configured) && configured >= 0 ? configured : availableParallelism();
}
