import { describe, expect, it } from 'vitest';
import { markdownPlugins } from './markdown-plugins.ts';
import { markdownContext, type MarkdownSetup } from './markdown-setup.ts';
import { createArticleRenderer } from './article-renderer.ts';
import { createParallelRenderer } from './parallel-renderer.ts';

const setup: MarkdownSetup = {
	contentRoot: '/site/content',
	defaultLocale: 'tr',
	resources: { tr: { 'callout.tip': 'İpucu', 'heading.link': 'Bu bölümün bağlantısı: {{title}}', 'link.external': 'başka bir siteye gider' } },
	renderDigest: 'test',
};
const articles = [
	'## Kargo\n\nPaketiniz **iki gün** içinde gelir. Bkz. www.ornek.com\n\n:::tip\nTakip kodunu saklayın.\n:::',
	'| Gün | Saat |\n| - | - |\n| Pzt | 09:00 |\n\n- [x] Fatura\n- [ ] İrsaliye',
	':::faq\n### İade ne kadar sürer?\nOn iş günü.\n:::\n\n[Dış bağlantı](https://example.com)',
];

describe('rendering Markdown on worker threads', () => {
	it('gives exactly what the same pipeline gives in-process, for many articles at once', async () => {
		const inProcess = createArticleRenderer({}, markdownPlugins(markdownContext(setup)));
		let fellBack = false;
		const parallel = await createParallelRenderer({}, setup, 2, async () => ((fellBack = true), inProcess));
		expect(fellBack).toBe(false);
		const jobs = Array.from({ length: 30 }, (_, n) => ({
			markdown: articles[n % articles.length]!,
			fileURL: new URL(`file:///site/content/tr/kargo/makale-${n}.md`),
		}));
		const [expected, actual] = await Promise.all([
			Promise.all(jobs.map((job) => inProcess.render(job.markdown, { fileURL: job.fileURL, frontmatter: { title: 'x' } }))),
			Promise.all(jobs.map((job) => parallel.render(job.markdown, { fileURL: job.fileURL, frontmatter: { title: 'x' } }))),
		]);
		expect(actual).toEqual(expected);
		expect(actual[2]!.metadata.frontmatter.faq).toHaveLength(1);
	});

	it('renders in-process when the options cannot be handed to a worker', async () => {
		let fellBack = false;
		const inProcess = createArticleRenderer({}, markdownPlugins(markdownContext(setup)));
		const renderer = await createParallelRenderer({ image: { service: () => undefined } } as never, setup, 2, async () => ((fellBack = true), inProcess));
		expect(fellBack).toBe(true);
		expect((await renderer.render('Merhaba')).code).toBe('<p>Merhaba</p>');
	});
});
