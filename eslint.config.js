// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'tests/fixtures/*/dist/', 'tests/fixtures/*/.astro/', 'tests/bench/results/', 'public/', 'docs/', 'node_modules/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.cjs', 'vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
		},
	},
	{
		// Plain JavaScript has no types to check: the entry scripts only parse arguments and call src/.
		files: ['**/*.{js,mjs,cjs}'],
		...tseslint.configs.disableTypeChecked,
	},
);
