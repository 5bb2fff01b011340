import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { MarkdownSetup } from './markdown-setup.ts';
import type { RenderJob } from './render-worker.ts';

type Reply = { id: number; result: MarkdownRenderResult } | { id: number; error: { message: string; stack?: string } };

/**
 * Renders Markdown on worker threads. Astro's content layer renders every article on the main
 * thread, one CPU; parsing Markdown was the largest part of a big build, and it parallelizes:
 * each article is rendered on its own, by the same pipeline, and only strings travel.
 * Falls back to rendering in-process when workers cannot start (options that cannot be copied).
 */
export async function createParallelRenderer(
	shared: AstroMarkdownOptions,
	setup: MarkdownSetup,
	threads: number,
	inProcess: () => Promise<MarkdownRenderer>,
): Promise<MarkdownRenderer> {
	let workers: Worker[];
	try {
		workers = await Promise.all(Array.from({ length: threads }, () => startWorker(shared, setup)));
	} catch {
		return inProcess();
	}
	const waiting = new Map<number, { worker: Worker; resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void }>();
	const busy = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
	let nextId = 0;
	for (const worker of workers) {
		worker.on('message', (reply: Reply) => {
			const job = waiting.get(reply.id);
			if (!job) return;
			waiting.delete(reply.id);
			setBusy(worker, -1);
			if ('error' in reply) job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
			else job.resolve(reply.result);
		});
		// A worker that dies fails its articles (the build reports them) and takes no more.
		const retire = (error: Error) => {
			busy.delete(worker);
			for (const [id, job] of waiting) {
				if (job.worker !== worker) continue;
				waiting.delete(id);
				job.reject(error);
			}
		};
		worker.on('error', retire);
		worker.on('exit', (code) => retire(new Error(`Markdown worker stopped (exit code ${code})`)));
	}
	// Idle workers must not keep the build process alive once Astro is done.
	function setBusy(worker: Worker, change: number) {
		const count = busy.get(worker);
		if (count === undefined) return;
		busy.set(worker, count + change);
		if (count + change === 0) worker.unref();
		else if (count === 0) worker.ref();
	}
	let fallback: Promise<MarkdownRenderer> | undefined;

	return {
		render(content, options) {
			const alive = [...busy.keys()];
			if (alive.length === 0) return (fallback ??= inProcess()).then((renderer) => renderer.render(content, options));
			const worker = alive.reduce((least, candidate) => (busy.get(candidate)! < busy.get(least)! ? candidate : least));
			const id = nextId++;
			const job: RenderJob = {
				id,
				content,
				...(options?.frontmatter && { frontmatter: options.frontmatter }),
				...(options?.fileURL && { fileURL: options.fileURL.href }),
			};
			return new Promise((resolve, reject) => {
				waiting.set(id, { worker, resolve, reject });
				setBusy(worker, 1);
				worker.postMessage(job);
			});
		},
	};
}

function startWorker(shared: AstroMarkdownOptions, setup: MarkdownSetup): Promise<Worker> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { shared, setup } });
		worker.once('message', () => {
			worker.unref();
			resolve(worker);
		});
		worker.once('error', reject);
	});
}
