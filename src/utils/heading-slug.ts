import GithubSlugger from 'github-slugger';

/**
 * GitHub-style heading slugs, with one fix for Turkish: JavaScript lowercases "İ" to "i" plus a
 * combining dot, which makes `#i̇ade` anchors nobody can type. "İ" becomes a plain "i" first.
 */
export function createHeadingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => slugger.slug(text.replaceAll('İ', 'I'));
}
