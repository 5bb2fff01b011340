import { describe, expect, it } from 'vitest';
import type { LocaleArticle } from './read-locale-articles.ts';
import { compareTranslations } from './translation-status.ts';

const article = (locale: string, id: string, extra: Partial<LocaleArticle> = {}): LocaleArticle => ({
	id,
	file: `content/${locale}/${id}.md`,
	draft: false,
	recordedHash: null,
	updated: null,
	hash: `${id.replace(/\W/g, '').slice(0, 8)}0000`,
	...extra,
});
const byId = (...articles: LocaleArticle[]) => new Map(articles.map((a) => [a.id, a]));
const options = { contentDir: 'content', locales: ['tr', 'en', 'de'], defaultLocale: 'tr' };

const sources = byId(
	article('tr', 'iade/a', { hash: 'aaaaaaaaaaaa', updated: '2026-11-10' }),
	article('tr', 'iade/b', { hash: 'bbbbbbbbbbbb' }),
	article('tr', 'kargo/c', { hash: 'cccccccccccc' }),
	article('tr', 'kargo/taslak', { draft: true }),
);

describe('translation status', () => {
	it('sorts every published source into translated, outdated, untracked or missing', () => {
		const status = compareTranslations(
			new Map([
				['tr', sources],
				[
					'en',
					byId(
						article('en', 'iade/a', { recordedHash: 'aaaaaaaaaaaa' }),
						article('en', 'iade/b', { recordedHash: '000000000000', updated: '2026-10-01' }),
						article('en', 'kargo/c'),
					),
				],
				['de', byId()],
			]),
			options,
		);
		expect(status.sourceLocale).toBe('tr');
		expect(status.sourceCount).toBe(3);
		expect(status.locales.map((l) => l.locale)).toEqual(['en', 'de']);
		const en = status.locales[0]!;
		expect(en.counts).toEqual({ translated: 1, outdated: 1, untracked: 1, missing: 0 });
		expect(en.articles.find((i) => i.id === 'iade/b')).toMatchObject({
			state: 'outdated',
			recordedHash: '000000000000',
			sourceHash: 'bbbbbbbbbbbb',
			translationUpdated: '2026-10-01',
		});
		expect(status.locales[1]!.counts).toEqual({ translated: 0, outdated: 0, untracked: 0, missing: 3 });
	});

	it('says where a missing translation goes', () => {
		const status = compareTranslations(new Map([['tr', sources]]), { ...options, contentDir: './docs/' });
		expect(status.locales[0]!.articles[0]).toMatchObject({
			id: 'iade/a',
			state: 'missing',
			source: 'content/tr/iade/a.md',
			file: 'docs/en/iade/a.md',
			draft: false,
			sourceUpdated: '2026-11-10',
		});
	});

	it('counts a draft translation as missing, since readers do not see it, and says a draft is started', () => {
		const status = compareTranslations(
			new Map([
				['tr', sources],
				['en', byId(article('en', 'iade/a', { draft: true, recordedHash: 'aaaaaaaaaaaa' }))],
			]),
			options,
		);
		expect(status.locales[0]!.articles[0]).toMatchObject({ state: 'missing', draft: true, file: 'content/en/iade/a.md', recordedHash: null });
	});

	it('leaves draft sources out and reports translations without any source as orphans', () => {
		const status = compareTranslations(
			new Map([
				['tr', sources],
				['en', byId(article('en', 'kargo/taslak'), article('en', 'iade/eski'))],
			]),
			options,
		);
		const en = status.locales[0]!;
		expect(en.articles.map((i) => i.id)).toEqual(['iade/a', 'iade/b', 'kargo/c']);
		expect(en.orphans).toEqual([{ id: 'iade/eski', file: 'content/en/iade/eski.md' }]);
	});
});
