import { normalizeQuery } from '../../search/normalize-query.ts';
import { restoreWords } from '../../search/restore-words.ts';
import { foldForMatching } from '../../utils/fold.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind excerpts are escaped text with `<mark>` around matches. They are rebuilt here as text
 * nodes and `<mark>` elements, never parsed as HTML, so nothing from the index can inject markup.
 */
export function renderExcerpt(excerpt: string, restore: Map<string, string>, locale: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	let marked = false;
	for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (part === '<mark>' || part === '</mark>') {
			marked = part === '<mark>';
			continue;
		}
		if (!part) continue;
		const text = document.createTextNode(restoreWords(decodeEntities(part), restore, locale));
		if (marked) {
			const mark = document.createElement('mark');
			mark.append(text);
			fragment.append(mark);
		} else fragment.append(text);
	}
	return fragment;
}

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Marks the words of `text` that match a query word, for descriptions shown instead of an excerpt. */
export function highlightWords(text: string, queryWords: string[], locale: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const fold = (word: string) => foldForMatching(normalizeQuery(word, locale));
	const wanted = queryWords.map(fold).filter((word) => word.length > 1);
	for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
		if (!part) continue;
		const folded = fold(part);
		// A word of the text matches when it starts with a query word (`siparişim` for `siparis`) or
		// is the start of one (`sipariş` for `siparisim`), but not a two-letter fragment of it.
		const matches = wanted.some((word) => folded.startsWith(word) || (folded.length >= 4 && word.startsWith(folded)));
		if (/[\p{L}\p{N}]/u.test(part) && matches) {
			const mark = document.createElement('mark');
			mark.textContent = part;
			fragment.append(mark);
		} else fragment.append(part);
	}
	return fragment;
}
