import type { PagefindResultData, PagefindSubResult } from '../../search/search-types.ts';
import { parseRestoreMap, restoreWords } from '../../search/restore-words.ts';
import { highlightWords, renderExcerpt } from './render-excerpt.ts';

export interface ResultView {
	data: PagefindResultData;
	/** Language of the result when it is not the page's (results offered from the default locale). */
	language?: { code: string; label: string; dir: string } | undefined;
}

/**
 * One search result: a single link to the article, or straight to the section that matched best,
 * with the title, "category › section" and an excerpt with the matches marked.
 */
export function renderResult(view: ResultView, locale: string, queryWords: string[]): HTMLLIElement {
	const { data, language } = view;
	const textLocale = language?.code ?? locale;
	const restore = parseRestoreMap(data.meta.restore);
	const section = bestSection(data);
	const item = document.createElement('li');
	item.className = 'search-result';
	const link = document.createElement('a');
	link.href = section?.url ?? data.url;
	if (language) {
		link.hreflang = language.code;
		link.lang = language.code;
		link.dir = language.dir; // Turkish results on an Arabic page still read left to right
	}
	const title = element('span', 'result-title', data.meta.title ?? '');
	if (language) {
		const badge = element('span', 'result-language', language.label);
		badge.lang = locale; // the language's name is written in the page's language
		title.append(' ', badge);
	}
	const context = [data.meta.category, section && restoreWords(section.title, restore, textLocale)].filter(Boolean).join(' › ');
	const excerpt = element('span', 'result-excerpt');
	// A match in the opening (title, summary, keywords) is shown through the human-written description.
	excerpt.append(section ? renderExcerpt(section.excerpt, restore, textLocale) : highlightWords(data.meta.description ?? '', queryWords, textLocale));
	link.append(title, element('span', 'result-context', context), excerpt);
	item.append(link);
	return item;
}

/** The heading section with the most matches, unless the matches are in the article's opening. */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
	const sections = data.sub_results.filter((sub) => sub.anchor?.id);
	const best = [...sections].sort((a, b) => b.locations.length - a.locations.length)[0];
	return best && best.locations.length > 0 ? best : undefined;
}

function element(tag: string, className: string, text = ''): HTMLElement {
	const node = document.createElement(tag);
	node.className = className;
	if (text) node.textContent = text;
	return node;
}
