import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../content-checks/frontmatter.ts';
import { ArticleFrontmatterSchema } from '../schemas/article.ts';
import { sourceHash } from '../translations/source-hash.ts';
import { SourceArticleError, translationText } from './translation-template.ts';

const SOURCE = `---
title: "İade: nasıl yapılır?"
description: Ürünü 14 gün içinde ücretsiz iade etmenin adımları.
updated: 2026-10-01
order: 1
tags: [iade]
keywords: [geri gönderme, iade nasil yapilir]   # eşanlamlılar
related: [iade/para-iadesi]
---

Ürünü 14 gün içinde iade edebilirsiniz.

## İade adımları

![İade kodu ekranı](./iade-kodu.png)

## Sık sorulan sorular

:::faq
### İade ücretli mi?
Hayır, [ücretsizdir](./iade-kargo-ucreti.md).
:::
`;

const start = (overrides: Partial<Parameters<typeof translationText>[0]> = {}) =>
	translationText({
		sourceText: SOURCE,
		fromDir: 'tr/iade',
		toDir: 'en/iade',
		locale: 'en',
		today: '2026-05-04',
		sourceHash: sourceHash(SOURCE),
		...overrides,
	});

describe('translationText', () => {
	it('keeps the source frontmatter and records today, draft and the source hash', () => {
		const { text } = start();
		const parsed = parseFrontmatter(text);
		expect(parsed.errors).toEqual([]);
		const data = ArticleFrontmatterSchema.parse(parsed.data);
		expect(data).toMatchObject({
			title: 'İade: nasıl yapılır?',
			description: 'Ürünü 14 gün içinde ücretsiz iade etmenin adımları.',
			order: 1,
			tags: ['iade'],
			keywords: ['geri gönderme', 'iade nasil yapilir'],
			related: ['iade/para-iadesi'],
			draft: true,
			sourceHash: sourceHash(SOURCE),
		});
		expect(data.updated.toISOString().slice(0, 10)).toBe('2026-05-04');
		expect(text).toContain(`\nsourceHash: '${sourceHash(SOURCE)}'\n`);
		expect(text).toContain('keywords: [geri gönderme, iade nasil yapilir] # eşanlamlılar\n');
		expect(text).toMatch(/\n# Draft: not published.*\ndraft: true\n/);
	});

	it('says at the top, in the translation language, what to translate', () => {
		expect(start().text).toMatch(/^---\n# Translation: translate title, description, tags, keywords and the text\.\n# Keep order, related/);
		expect(start({ locale: 'de', toDir: 'de/iade' }).text).toMatch(/^---\n# Übersetzung: /);
	});

	it('keeps the headings, FAQ questions and article links, and points images at the source ones', () => {
		const { text, rebased } = start();
		const { body } = parseFrontmatter(text);
		expect(body).toBe(parseFrontmatter(SOURCE).body.replace('(./iade-kodu.png)', '(../../tr/iade/iade-kodu.png)'));
		expect(rebased).toEqual(['../../tr/iade/iade-kodu.png']);
	});

	it('takes the translated title when one is given', () => {
		expect(parseFrontmatter(start({ title: 'How do I return an item?' }).text).data.title).toBe('How do I return an item?');
	});

	it('keeps an existing draft line and replaces a copied sourceHash instead of adding a second one', () => {
		const source = SOURCE.replace('order: 1\n', "order: 1\ndraft: false\nsourceHash: 'aaaaaaaaaaaa'\n");
		const { text } = start({ sourceText: source, sourceHash: '123456e78901' });
		expect(text.match(/^draft:/gm)).toHaveLength(1);
		expect(text.match(/^sourceHash:/gm)).toHaveLength(1);
		expect(parseFrontmatter(text).data).toMatchObject({ draft: true, sourceHash: '123456e78901' });
	});

	it('refuses a source without readable frontmatter, saying to fix the source', () => {
		expect(() => start({ sourceText: 'Just text.\n' })).toThrow(SourceArticleError);
		expect(() => start({ sourceText: '---\ntitle: [unclosed\n---\n' })).toThrow(/not valid YAML .*fix the source article first/);
	});
});
