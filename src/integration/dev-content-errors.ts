import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { DestekConfig } from '../schemas/config.ts';
import { runContentChecks } from './content-checks.ts';
import { devContentError, setDevContentError } from './dev-error-state.ts';

/**
 * Re-runs the checks when a file under `content/` or `locales/` changes and reloads the browser:
 * a fixed mistake clears Astro's error overlay, a new one shows it.
 */
export function recheckOnChange(server: ViteDevServer, options: { root: string; config: DestekConfig; logger: AstroIntegrationLogger }): void {
	const folders = [join(options.root, options.config.contentDir), join(options.root, options.config.localesDir)];
	server.watcher.add(folders);
	const recheck = async () => {
		const before = devContentError()?.message;
		const { error } = await runContentChecks(options);
		setDevContentError(error);
		if (error?.message !== before) server.ws.send({ type: 'full-reload' });
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	server.watcher.on('all', (_event, path) => {
		if (!folders.some((folder) => path.startsWith(folder))) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			// A file that vanished mid-read is no reason to stop the dev server: the next change checks again.
			recheck().catch((error: unknown) => {
				const reason = error instanceof Error ? error.message : String(error);
				options.logger.error(`Could not check the content after a change: ${reason}. Save a file to check again.`);
			});
		}, 100);
	});
}
