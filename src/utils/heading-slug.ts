import GithubSlugger from 'github-slugger';

/**
 * GitHub-style heading slugs, with fixes for help articles:
 * - JavaScript lowercases "İ" to "i" plus a combining dot, which makes `#i̇ade` anchors nobody can
 *   type; "İ" becomes a plain "i" first.
 * - Arabic vowel marks (harakat) are left out: nobody types them, and they are not valid in ids.
 * - Step numbers ("1. Create a return") are left out, so `#create-a-return` survives renumbering.
 * - An id must not start with a digit (CSS selectors need it escaped, validators flag it): such
 *   slugs get an `h-` in front.
 */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

export function createHeadingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => {
		const slug = slugger.slug(
			text
				.replaceAll('İ', 'I')
				.replace(ARABIC_MARKS, '')
				.replace(/^\s*\d+[.)]\s+/, ''),
		);
		return /^\d/.test(slug) ? `h-${slug}` : slug;
	};
}
