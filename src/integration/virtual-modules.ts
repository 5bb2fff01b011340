import { resolve } from 'node:path';
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
