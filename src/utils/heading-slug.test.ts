import { describe, expect, it } from 'vitest';
import { createHeadingSlugger } from './heading-slug.ts';

describe('heading slugs', () => {
	it('leave out step numbers, so an anchor survives renumbering', () => {
		const slug = createHeadingSlugger();
		expect(slug('1. İade talebi oluşturun')).toBe('iade-talebi-oluşturun');
		expect(slug('2) Pack the item')).toBe('pack-the-item');
	});

	it('leave out Arabic vowel marks', () => {
		expect(createHeadingSlugger()('كيف أُرجع منتجًا؟')).toBe('كيف-أرجع-منتجا');
	});

	it('never start with a digit', () => {
		const slug = createHeadingSlugger();
		expect(slug('14 gün içinde')).toBe('h-14-gün-içinde');
		expect(slug('2026')).toBe('h-2026');
	});

	it('stay unique on one page', () => {
		const slug = createHeadingSlugger();
		expect([slug('1. Kargo'), slug('2. Kargo'), slug('Kargo')]).toEqual(['kargo', 'kargo-1', 'kargo-2']);
	});
});
