import { describe, expect, it } from 'vitest';
import { formatStatusTable, percent } from './format-status-table.ts';
import type { LocaleStatus, TranslationStatus } from './status-types.ts';

const locale = (code: string, counts: LocaleStatus['counts'], orphans = 0): LocaleStatus => ({
	locale: code,
	total: counts.translated + counts.outdated + counts.untracked + counts.missing,
	counts,
	articles: [],
	orphans: Array.from({ length: orphans }, (_, i) => ({ id: `x/${i}`, file: `content/${code}/x/${i}.md` })),
});

describe('the status table', () => {
	it('shows counts and percentages per locale in aligned columns', () => {
		const status: TranslationStatus = {
			sourceLocale: 'tr',
			sourceCount: 40,
			locales: [
				locale('en', { translated: 36, outdated: 2, untracked: 0, missing: 2 }),
				locale('pt-BR', { translated: 1, outdated: 0, untracked: 3, missing: 36 }, 2),
			],
		};
		expect(formatStatusTable(status)).toBe(
			[
				'Translations of 40 published tr articles',
				'',
				'locale  translated  outdated  untracked   missing  orphans',
				'en        36 (90%)    2 (5%)     0 (0%)    2 (5%)        0',
				'pt-BR       1 (3%)    0 (0%)     3 (8%)  36 (90%)        2',
				'',
			].join('\n'),
		);
	});

	it('says so when there is no locale to translate into', () => {
		expect(formatStatusTable({ sourceLocale: 'tr', sourceCount: 1, locales: [] })).toBe(
			'Translations of 1 published tr article\n\nNo other locale is configured.\n',
		);
	});
});

describe('percentages', () => {
	it('never round an unfinished job up to 100 % or a started one down to 0 %', () => {
		expect(percent(199, 200)).toBe('99%');
		expect(percent(1, 300)).toBe('<1%');
		expect(percent(200, 200)).toBe('100%');
		expect(percent(0, 200)).toBe('0%');
		expect(percent(1, 3)).toBe('33%');
	});

	it('have nothing to divide by without source articles', () => {
		expect(percent(0, 0)).toBe('-');
	});
});
