import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../search/normalize-query.ts';
import { DEMO_NEEDS } from './demo-needs.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const entries = Object.entries(DEMO_NEEDS);
const fold = (text: string, locale: string) => normalizeQuery(text, locale).normalize('NFD').replace(/\p{M}/gu, '');

describe('the demo needs', () => {
	it.each(entries)('name only articles of the sample %s help center', (locale, { needs }) => {
		const ids = new Set(
			needs.flatMap((need) => [
				...need.results,
				...(need.answer ? [need.answer] : []),
				...need.spellings.flatMap((s) => (typeof s === 'string' ? [] : (s.results ?? []))),
			]),
		);
		const missing = [...ids].filter((id) => !existsSync(join(CONTENT, locale, `${id}.md`)));
		expect(missing).toEqual([]);
	});

	it.each(entries)('give every %s answer as the first result, except for the gaps', (locale, { needs }) => {
		for (const need of needs) {
			if (need.kind === 'gap' || need.kind === 'noise') expect(need.answer, need.name).toBeUndefined();
			else if (need.answer) expect(need.results[0], need.name).toBe(need.answer);
		}
		expect(needs.filter((need) => need.kind === 'covered').length, locale).toBeGreaterThanOrEqual(4);
		expect(needs.filter((need) => need.kind === 'gap').length, locale).toBeGreaterThanOrEqual(3);
	});

	it.each(entries)('list in %s unmatched stems that each begin a word of a spelling', (locale, { needs }) => {
		for (const need of needs) {
			for (const stem of need.unmatched ?? []) {
				const words = need.spellings.flatMap((s) => fold(typeof s === 'string' ? s : s.text, locale).split(' '));
				expect(
					words.some((word) => word.startsWith(stem)),
					`${need.name}: ${stem}`,
				).toBe(true);
			}
			for (const spelling of need.spellings) {
				if (typeof spelling === 'string') continue;
				const words = fold(spelling.text, locale).split(' ');
				for (const stem of spelling.unmatched ?? [])
					expect(
						words.some((word) => word.startsWith(stem)),
						`${spelling.text}: ${stem}`,
					).toBe(true);
			}
		}
	});
});
