// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		// What .gitignore leaves out (builds, caches, test output), and files that are not source.
		ignores: [
			'**/dist/',
			'**/.dist-*/',
			'**/.astro/',
			'**/node_modules/',
			'tests/.output/',
			'data/',
			'.vercel/',
			'.wrangler/',
			'tests/bench/results/',
			'public/',
			'docs/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: { allowDefaultProject: ['*.js', '*.cjs', 'vitest.config.ts'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		rules: {
			// `async` without `await` is how this code implements Promise-returning interfaces (stores,
			// test doubles): a throw inside becomes a rejection, as callers expect.
			'@typescript-eslint/require-await': 'off',
			// `_name` marks what a signature or a destructuring must name but the code does not use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		// astro-eslint-parser gives the markup inside `{items.map(...)}` no type, so returning it reads as unsafe.
		files: ['**/*.astro'],
		// astro-eslint-parser reads tsconfig.json itself (it has no project service).
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: { '@typescript-eslint/no-unsafe-return': 'off' },
	},
	{
		// Plain JavaScript has no types to check: the entry scripts only parse arguments and call src/.
		files: ['**/*.{js,mjs,cjs}'],
		...tseslint.configs.disableTypeChecked,
	},
);
