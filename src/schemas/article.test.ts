import { describe, expect, it } from 'vitest';
import { ArticleFrontmatterSchema } from './article.ts';

const valid = { title: 'Kargom nerede?', description: 'Kargo takibi.', updated: new Date('2026-10-14') };

describe('article frontmatter', () => {
	it('accepts the required fields and defaults the optional ones', () => {
		const data = ArticleFrontmatterSchema.parse(valid);
		expect(data).toMatchObject({ tags: [], keywords: [], related: [], draft: false });
	});

	it('accepts a date written as a quoted string', () => {
		expect(ArticleFrontmatterSchema.parse({ ...valid, updated: '2026-10-14' }).updated.toISOString()).toBe('2026-10-14T00:00:00.000Z');
	});

	it.each([
		['a missing title', { ...valid, title: undefined }, 'title', /add a title/],
		['a description over 160 characters', { ...valid, description: 'x'.repeat(161) }, 'description', /160 characters or fewer/],
		['a date that is not YYYY-MM-DD', { ...valid, updated: 'last week' }, 'updated', /YYYY-MM-DD/],
		['an impossible date', { ...valid, updated: '2026-02-31x' }, 'updated', /YYYY-MM-DD/],
		['a related id that is not <category>/<slug>', { ...valid, related: ['kargo'] }, 'related', /<category>\/<slug>/],
	])('rejects %s and names the field', (_name, input, field, message) => {
		const result = ArticleFrontmatterSchema.safeParse(input);
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect(issue.path[0]).toBe(field);
		expect(issue.message).toMatch(message);
	});

	it('rejects unknown fields so typos do not go unnoticed', () => {
		const result = ArticleFrontmatterSchema.safeParse({ ...valid, titel: 'x' });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
	});
});
