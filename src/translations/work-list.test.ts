import { describe, expect, it } from 'vitest';
import type { LocaleStatus, TranslationItem, TranslationStatus } from './status-types.ts';
import { formatWorkList, workListFor } from './work-list.ts';

const item = (id: string, state: TranslationItem['state'], extra: Partial<TranslationItem> = {}): TranslationItem => ({
	id,
	state,
	source: `content/tr/${id}.md`,
	file: `content/de/${id}.md`,
	draft: false,
	sourceHash: 'aaaaaaaaaaaa',
	recordedHash: null,
	sourceUpdated: null,
	translationUpdated: null,
	...extra,
});

const de: LocaleStatus = {
	locale: 'de',
	total: 5,
	counts: { translated: 1, outdated: 1, untracked: 1, missing: 2 },
	articles: [
		item('iade/a', 'translated'),
		item('iade/b', 'outdated', { recordedHash: 'bbbbbbbbbbbb', sourceUpdated: '2026-11-10', translationUpdated: '2026-10-01' }),
		item('kargo/c', 'missing', { draft: true }),
		item('kargo/uzun-bir-makale', 'missing'),
		item('odeme/e', 'untracked'),
	],
	orphans: [{ id: 'iade/eski', file: 'content/de/iade/eski.md' }],
};
const status: TranslationStatus = { sourceLocale: 'tr', sourceCount: 5, locales: [de] };

describe('the to-do list of one locale', () => {
	it('lists outdated translations first, with the dates that show what changed, then missing and untracked ones', () => {
		expect(formatWorkList(workListFor(status, de))).toBe(`de: 4 of 5 published tr articles need work

Outdated (1): the tr source changed after it was translated; update the translation, then mark it
  content/de/iade/b.md  source content/tr/iade/b.md (source updated 2026-11-10, translation 2026-10-01)

Missing (2): translate the source and save it under the same path
  content/tr/kargo/c.md                -> content/de/kargo/c.md  (a draft is started)
  content/tr/kargo/uzun-bir-makale.md  -> content/de/kargo/uzun-bir-makale.md

Not tracked (1): compare with the source; when it says the same, mark it
  content/de/odeme/e.md  source content/tr/odeme/e.md

Without a source (1): rename each to its tr article's path, or delete it
  content/de/iade/eski.md

Mark a translation as matching its source: npm run translations -- --mark content/de/iade/b.md
`);
	});

	it('says when a locale is complete', () => {
		const done: LocaleStatus = {
			...de,
			counts: { translated: 1, outdated: 0, untracked: 0, missing: 0 },
			total: 1,
			articles: [item('iade/a', 'translated')],
			orphans: [],
		};
		expect(formatWorkList(workListFor(status, done))).toBe('de: all 1 published tr articles are translated and current.\n');
	});
});
