import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the validated configuration and the UI strings to pages as virtual modules, so pages and
 * components read one parsed, typed source instead of parsing files again.
 */
export function virtualModules(modules: Record<string, string>): Plugin {
	const resolved = new Map(Object.keys(modules).map((id) => [`\0${id}`, id]));
	return {
		name: 'destek:virtual-modules',
		resolveId(id) {
			return id in modules ? `\0${id}` : undefined;
		},
		load(id) {
			const name = resolved.get(id);
			return name ? modules[name] : undefined;
		},
	};
}

export function cssImports(root: string, files: string[]): string {
	return files.map((file) => `import ${JSON.stringify(resolve(root, file))};`).join('\n');
}

/**
 * Imports of the brand font's CSS: npm packages (resolved from the project, so a missing one fails
 * here with the command that installs it, not deep inside Vite) or paths from the project root.
 */
export function fontImports(root: string, css: string[]): string {
	const require = createRequire(join(root, 'package.json'));
	return css
		.map((spec) => {
			if (spec.startsWith('.') || spec.startsWith('/')) return resolve(root, spec);
			try {
				return require.resolve(spec);
			} catch {
				const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
				throw new Error(`brand.font.css: cannot find "${spec}" in this project. Install it with \`npm install ${name}\`, or give a path from the project root such as "./src/fonts/brand.css".`);
			}
		})
		.map((file) => `import ${JSON.stringify(file)};`)
		.join('\n');
}
