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
	return css.map((spec) => `import ${JSON.stringify(resolveFontFile(root, spec, 'brand.font.css'))};`).join('\n');
}

/**
 * The URLs of the font files to preload, per locale (`'*'`: every page), as Vite writes them
 * (`?url` gives the same hashed file the CSS points to).
 */
export function fontPreloads(root: string, preload: Record<string, string[]>, locales: string[]): string {
	const lines: string[] = [];
	const entries = Object.entries(preload).map(([locale, files]) => {
		if (locale !== '*' && !locales.includes(locale))
			throw new Error(`brand.font.preload: "${locale}" is not one of the locales (${locales.join(', ')}); use a locale code, or '*' for every page.`);
		const names = files.map((spec) => {
			const name = `font${lines.length}`;
			lines.push(`import ${name} from ${JSON.stringify(`${resolveFontFile(root, spec, 'brand.font.preload')}?url`)};`);
			return name;
		});
		return `${JSON.stringify(locale)}: [${names.join(', ')}]`;
	});
	return `${lines.join('\n')}\nexport default { ${entries.join(', ')} };`;
}

/** An npm package's file (resolved from the project) or a path from the project root. */
function resolveFontFile(root: string, spec: string, option: string): string {
	if (spec.startsWith('.') || spec.startsWith('/')) return resolve(root, spec);
	try {
		return createRequire(join(root, 'package.json')).resolve(spec);
	} catch {
		const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
		throw new Error(
			`${option}: cannot find "${spec}" in this project. Install it with \`npm install ${name}\`, or give a path from the project root such as "./src/fonts/brand.css".`,
		);
	}
}
