import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { ArticleFrontmatterSchema } from '../schemas/article.ts';
import { newArticleText } from './article-template.ts';

const parseBody = (body: string) => unified().use(remarkParse).use(remarkDirective).parse(body);

describe('newArticleText', () => {
	it('writes frontmatter that passes the article schema, as a draft dated today', () => {
		const text = newArticleText({ title: 'İade ve değişim nasıl yapılır?', locale: 'tr', today: '2026-05-04' });
		const parsed = parseFrontmatter(text);
		expect(parsed.errors).toEqual([]);
		const data = ArticleFrontmatterSchema.parse(parsed.data);
		expect(data).toMatchObject({ title: 'İade ve değişim nasıl yapılır?', draft: true, tags: [], keywords: [] });
		expect(data.updated.toISOString().slice(0, 10)).toBe('2026-05-04');
		expect(text).toContain('\nupdated: 2026-05-04\n');
	});

	it('keeps titles with colons, hashes, quotes and leading symbols exactly as typed', () => {
		for (const title of ['İade: 14 gün # değil mi?', `"Kargo" 'ücreti'`, '- @yes: no', 'true', '2026-05-04', 'Why? [a, b] {c}']) {
			const parsed = parseFrontmatter(newArticleText({ title, locale: 'en', today: '2026-05-04' }));
			expect(parsed.errors).toEqual([]);
			expect(parsed.data.title).toBe(title);
		}
	});

	it('explains description, keywords and draft in comments, in the article language', () => {
		const text = newArticleText({ title: 'Rücksendung', locale: 'de', today: '2026-05-04' });
		const frontmatter = text.split('\n---\n')[0]!;
		expect(frontmatter).toMatch(/# Ein Satz, höchstens 160 Zeichen.*\ndescription: /);
		expect(frontmatter).toMatch(/# Werden von der Suche genutzt.*\nkeywords: \[\]/);
		expect(frontmatter).toMatch(/# Entwurf: .*Löschen Sie diese Zeile.*\ndraft: true/);
	});

	it('starts the body with hints and an FAQ block of questions and answers', () => {
		const { body } = parseFrontmatter(newArticleText({ title: 'Where is my order?', locale: 'en', today: '2026-05-04' }));
		const tree = parseBody(body);
		const faq = tree.children.find((node) => node.type === 'containerDirective' && node.name === 'faq');
		expect(faq?.type).toBe('containerDirective');
		const questions = faq && 'children' in faq ? faq.children.filter((node) => node.type === 'heading' && node.depth === 3) : [];
		expect(questions).toHaveLength(2);
		expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 2).length).toBeGreaterThanOrEqual(2);
		expect(tree.children.some((node) => node.type === 'containerDirective' && node.name === 'tip')).toBe(true);
		// The title is the page heading; the body must not repeat it as `# …`.
		expect(tree.children.some((node) => node.type === 'heading' && node.depth === 1)).toBe(false);
	});

	it('writes the hints in Turkish, German and Arabic, and in English for other languages', () => {
		const body = (locale: string) => parseFrontmatter(newArticleText({ title: 'x', locale, today: '2026-05-04' })).body;
		expect(body('tr')).toContain('## Sık sorulan sorular');
		expect(body('de')).toContain('## Häufige Fragen');
		expect(body('ar')).toContain('## الأسئلة الشائعة');
		expect(body('en')).toContain('## Frequently asked questions');
		expect(body('fr')).toBe(body('en'));
		expect(body('de-CH')).toBe(body('de'));
	});
});
