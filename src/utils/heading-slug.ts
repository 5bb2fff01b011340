import GithubSlugger from 'github-slugger';

/**
 * GitHub-style heading slugs, with fixes for help articles:
 * - JavaScript lowercases "İ" to "i" plus a combining dot, which makes `#i̇ade` anchors nobody can
 *   type; "İ" becomes a plain "i" first.
 * - Step numbers ("1. Create a return") are left out, so `#create-a-return` survives renumbering.
 * - An id must not start with a digit (CSS selectors need it escaped, validators flag it): such
 *   slugs get an `h-` in front.
 */
export function createHeadingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => {
		const slug = slugger.slug(text.replaceAll('İ', 'I').replace(/^\s*\d+[.)]\s+/, ''));
		return /^\d/.test(slug) ? `h-${slug}` : slug;
	};
}
