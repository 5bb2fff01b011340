import { describe, expect, it } from 'vitest';
import type { CategoryData } from '../schemas/category.ts';
import { createContentModel } from './content-model.ts';

const article = (title: string, order = Number.MAX_SAFE_INTEGER) => ({ data: { title, order } });
const category = (title: string, extra: Partial<CategoryData> = {}): CategoryData => ({ title, description: `${title}.`, ...extra });

// Turkish is the default; English translated one article and one category; Arabic nothing.
const model = createContentModel({
	locales: ['en', 'ar', 'tr'],
	defaultLocale: 'tr',
	written: new Map([
		[
			'tr',
			new Map([
				['iade/iade-sureci', article('İade süreci', 2)],
				['iade/iade-kargo', article('İade kargosu', 1)],
				['kargo/kargo-takibi', article('Kargo takibi')],
			]),
		],
		[
			'en',
			new Map([
				['iade/iade-sureci', article('Returns')],
				['hesap/english-only', article('English only')],
			]),
		],
	]),
	categories: new Map([
		[
			'tr',
			new Map([
				['iade', category('İade', { icon: 'return', order: 1 })],
				['kargo', category('Kargo', { order: 2 })],
				['bos', category('Boş')],
			]),
		],
		['en', new Map([['iade', category('Returns', { icon: 'truck', order: 9 })]])],
	]),
});

describe('the content model', () => {
	it('lists the default locale first', () => {
		expect(model.locales).toEqual(['tr', 'en', 'ar']);
	});

	it('shows a translation as the locale’s own article, not a fallback', () => {
		expect(model.articles('en').get('iade/iade-sureci')).toMatchObject({
			locale: 'en',
			contentLocale: 'en',
			isFallback: false,
			category: 'iade',
			slug: 'iade-sureci',
			source: { data: { title: 'Returns' } },
		});
	});

	it('fills an untranslated article in from the default locale, marked as a fallback', () => {
		expect(model.articles('en').get('kargo/kargo-takibi')).toMatchObject({
			locale: 'en',
			contentLocale: 'tr',
			isFallback: true,
			source: { data: { title: 'Kargo takibi' } },
		});
		expect([...model.articles('ar').values()].every((a) => a.isFallback && a.contentLocale === 'tr')).toBe(true);
		expect([...model.articles('ar').keys()].sort()).toEqual([...model.articles('tr').keys()].sort());
	});

	it('shows an article written only in another locale there alone', () => {
		expect(model.articles('en').get('hesap/english-only')?.isFallback).toBe(false);
		expect(model.articles('tr').has('hesap/english-only')).toBe(false);
		expect(model.articles('ar').has('hesap/english-only')).toBe(false);
	});

	it('names a category with the locale’s own title, else the default locale’s, else its id', () => {
		const en = model.categories('en');
		expect(en.find((c) => c.id === 'iade')).toMatchObject({ title: 'Returns', description: 'Returns.', isFallback: false });
		expect(en.find((c) => c.id === 'kargo')).toMatchObject({ title: 'Kargo', description: 'Kargo.', isFallback: true });
		expect(en.find((c) => c.id === 'hesap')).toMatchObject({ title: 'hesap', description: '', isFallback: true, icon: 'question' });
	});

	it('takes icon and order from the default locale only', () => {
		expect(model.categories('en').find((c) => c.id === 'iade')).toMatchObject({ icon: 'return', order: 1 });
	});

	it('shows only the categories with an article in the locale, in order, then by title', () => {
		expect(model.categories('tr').map((c) => c.id)).toEqual(['iade', 'kargo']);
		expect(model.categories('en').map((c) => c.id)).toEqual(['iade', 'kargo', 'hesap']);
		expect(model.categories('ar').map((c) => c.id)).toEqual(['iade', 'kargo']);
	});

	it('lists a category’s articles by their order, then by title', () => {
		expect(model.categories('tr')[0]!.articles.map((a) => a.id)).toEqual(['iade/iade-kargo', 'iade/iade-sureci']);
	});

	it('knows where an article is really translated, default locale first', () => {
		expect(model.translationsOf('iade/iade-sureci')).toEqual(['tr', 'en']);
		expect(model.translationsOf('kargo/kargo-takibi')).toEqual(['tr']);
	});
});
