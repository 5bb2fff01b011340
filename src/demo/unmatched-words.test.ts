import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { fillPlaceholders } from './made-up-values.ts';
import { meaningfulWords, unmatchedWords } from './unmatched-words.ts';

describe('the words a demo search reports as not found', () => {
	it('are the query words that begin with a stem, compared without accents, normalized as search does (ı → i)', () => {
		expect(unmatchedWords('Beden ÖLÇÜLERİ', 'tr', ['olcu'], [])).toEqual(['ölçüleri']);
		expect(unmatchedWords('hangi bedeni almalıyım', 'tr', ['almali', 'tablo'], [])).toEqual(['almaliyim']);
	});

	it('include every word of a pasted value, which no article holds', () => {
		expect(unmatchedWords('siparis 4829103 nerede', 'tr', [], ['4829103'])).toEqual(['4829103']);
	});

	it('are every word but the question words when nothing was found', () => {
		expect(meaningfulWords('Öğrenci indirimi var mı', 'tr')).toEqual(['öğrenci', 'indirimi']);
		expect(meaningfulWords('nasıl', 'tr')).toEqual(['nasil']);
	});
});

describe('made-up personal data', () => {
	it('fills each placeholder with a value and refuses an unknown one', () => {
		const { text, filled } = fillPlaceholders('{email} iade {order}', createRandom(3));
		expect(text).toMatch(/^[a-z._]+@example\.(com|org|net) iade \d{7,9}$/);
		expect(filled).toHaveLength(2);
		expect(() => fillPlaceholders('{name} iade', createRandom(3))).toThrow('Unknown placeholder {name} in the demo spelling "{name} iade"');
	});
});
