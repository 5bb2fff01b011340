// A worker thread rendering Markdown with the same pipeline as the main thread (see parallel-renderer.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { createArticleRenderer } from './article-renderer.ts';
import { markdownPlugins } from './markdown-plugins.ts';
import { markdownContext, type MarkdownSetup } from './markdown-setup.ts';

export interface RenderJob {
	id: number;
	content: string;
	frontmatter?: Record<string, unknown>;
	fileURL?: string;
}

const { shared, setup } = workerData as { shared: AstroMarkdownOptions; setup: MarkdownSetup };
const renderer = createArticleRenderer(shared, markdownPlugins(markdownContext(setup)));

async function render({ id, content, frontmatter, fileURL }: RenderJob): Promise<void> {
	try {
		const result = await renderer.render(content, { ...(frontmatter && { frontmatter }), ...(fileURL && { fileURL: new URL(fileURL) }) });
		parentPort!.postMessage({ id, result });
	} catch (error) {
		const { message, stack } = error instanceof Error ? error : new Error(String(error));
		parentPort!.postMessage({ id, error: { message, stack } });
	}
}

// render() answers every job, failed ones with their error: nothing is left to reject.
parentPort!.on('message', (job: RenderJob) => void render(job));
parentPort!.postMessage({ ready: true });
