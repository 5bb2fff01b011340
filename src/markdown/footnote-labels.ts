import type { Element } from 'hast';
import type { Options } from 'remark-rehype';
import type { MarkdownContext } from './file-context.ts';

/** The site's class for text only screen readers get (base.css); mdast-util-to-hast's default, `sr-only`, is not styled here. */
const HIDDEN = 'visually-hidden';

/**
 * The footnotes section's heading and back links in the article's language (remark-rehype's defaults
 * are English). The heading is for screen readers only, like GitHub's.
 */
export function footnoteLabels(context: MarkdownContext, locale: string): Options {
	return {
		footnoteLabel: context.translate(locale, 'footnote.label'),
		footnoteLabelTagName: 'h2',
		footnoteLabelProperties: { className: [HIDDEN] },
		// Second and later references to one footnote: "1-2", "1-3", as remark-rehype numbers them.
		footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
			context.translate(locale, 'footnote.backLabel', { reference: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}` }),
	};
}

/** A heading nobody sees (the footnotes heading) gets no "#" link and no table-of-contents entry. */
export function isHiddenHeading(heading: Element): boolean {
	const className = heading.properties.className;
	return Array.isArray(className) && className.includes(HIDDEN);
}
