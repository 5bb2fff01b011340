import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Words read per minute; a common estimate for on-screen reading of instructions. */
const WORDS_PER_MINUTE = 200;

/** Stores `wordCount` and `readingMinutes` in the page's frontmatter for the article header and TOC. */
export const remarkReadingTime: Plugin<[], Root> = () => (tree, file) => {
	let words = 0;
	// Counted per text node: joining the whole tree's text would glue the last word of one
	// paragraph to the first of the next.
	visit(tree, ['text', 'inlineCode'], (node) => {
		if ('value' in node) words += node.value.split(/\s+/u).filter(Boolean).length;
	});
	const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
	const frontmatter = (astro.frontmatter ??= {});
	frontmatter.wordCount = words;
	frontmatter.readingMinutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
};
