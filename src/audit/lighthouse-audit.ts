import { spawn, type ChildProcess } from 'node:child_process';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageAudit {
	name: string;
	url: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift. */
	metrics: { lcpMs: number; tbtMs: number; cls: number };
	/** Audits below a perfect score, for the table's notes. */
	failing: string[];
}

/** The system Chromium with a DevTools port for Lighthouse (never a downloaded browser). */
export async function launchChromiumForLighthouse(executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<{ port: number; close: () => void }> {
	const child: ChildProcess = spawn(
		executable,
		[
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--remote-debugging-port=0',
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	const port = await new Promise<number>((resolve, reject) => {
		let output = '';
		child.on('error', reject);
		child.stderr!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (match) resolve(Number(match[1]));
		});
		setTimeout(() => reject(new Error(`Chromium did not start: ${output.slice(0, 300)}`)), 20_000);
	});
	return { port, close: () => void child.kill() };
}

/** Lighthouse with its default (mobile, simulated slow 4G and CPU) settings on one page. */
export async function auditPage(name: string, url: string, port: number): Promise<PageAudit> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	const failing = Object.values(lhr.categories)
		.flatMap((category) => category.auditRefs)
		.map((ref) => lhr.audits[ref.id]!)
		.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
		.map((audit) => audit.id);
	return {
		name,
		url,
		scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as PageAudit['scores'],
		metrics: {
			lcpMs: Math.round(numeric('largest-contentful-paint')),
			tbtMs: Math.round(numeric('total-blocking-time')),
			cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
		},
		failing: [...new Set(failing)],
	};
}

export function auditTable(audits: PageAudit[]): string {
	const header = '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |';
	const rows = audits.map(
		(a) =>
			`| ${a.name} | ${a.scores.performance} | ${a.scores.accessibility} | ${a.scores['best-practices']} | ${a.scores.seo} | ${a.metrics.lcpMs} ms | ${a.metrics.tbtMs} ms | ${a.metrics.cls} |`,
	);
	return [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
