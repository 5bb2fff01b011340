// Which part of Destek may import which: `npm run lint` fails on a broken rule (CONTRIBUTING.md has the map).
// Type-only imports count too (tsPreCompilationDeps), so a cycle cannot hide behind `import type`.

/** Code that runs only at build time, on the server or in the command-line tools. */
const NOT_FOR_THE_BROWSER =
	'^src/(audit|catalog|collector|content-checks|demo|deploy-check|hosting|i18n|integration|markdown|report|scaffold|seo|server|site|social-cards|translations)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-cycles',
			comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true },
		},
		{
			name: 'browser-code-stays-browser-code',
			comment: 'src/client/ is shipped to customers: it must not pull in build, server or Node code.',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { path: NOT_FOR_THE_BROWSER, reachable: true },
		},
		{
			name: 'browser-code-without-node',
			comment: 'Node built-ins do not exist in the browser.',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'server-without-pages',
			comment: 'The collector server and the tools run without Astro: no components, layouts, routes or browser code.',
			severity: 'error',
			from: { path: '^src/(server|collector|report|deploy-check|hosting)/' },
			to: { path: ['^src/(client|components|layouts|routes)/', '\\.astro$'] },
		},
		{
			name: 'markdown-below-integration',
			comment: 'The Markdown pipeline is used by the integration, the tools and tests; it must not depend on the Astro integration.',
			severity: 'error',
			from: { path: '^src/markdown/' },
			to: { path: '^src/integration/' },
		},
		{
			name: 'tools-and-server-without-integration',
			comment: 'The server and the command-line tools read settings from src/site/, not from the Astro integration.',
			severity: 'error',
			from: { path: '^src/(server|collector|report|scaffold|translations|demo|deploy-check|content-checks)/' },
			to: { path: '^src/integration/' },
		},
		{
			name: 'integration-without-server',
			comment: 'The build does not depend on the collector server.',
			severity: 'error',
			from: { path: '^src/integration/' },
			to: { path: '^src/server/' },
		},
		{
			name: 'utils-are-leaves',
			comment: 'src/utils/ holds pure helpers that anything may use, so they use nothing of Destek outside utils.',
			severity: 'error',
			from: { path: '^src/utils/' },
			to: { path: '^src/(?!utils/)' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['^src/.*\\.test\\.ts$', '\\.d\\.ts$'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.mjs', '.js', '.astro', '.json'],
		},
		reporterOptions: { text: { highlightFocused: true } },
	},
};
