/**
 * The index holds folded words (`kapida`); the article's `restore` meta maps them back to how
 * they are written (`kapida=kapıda`), so titles, sections and excerpts read correctly.
 */
export function parseRestoreMap(meta: string | undefined): Map<string, string> {
	const map = new Map<string, string>();
	for (const pair of (meta ?? '').split(' ')) {
		const [folded, original] = pair.split('=');
		if (folded && original) map.set(folded, original);
	}
	return map;
}

export function restoreWords(text: string, map: Map<string, string>, locale: string): string {
	if (map.size === 0) return text;
	return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
		const original = map.get(word.toLocaleLowerCase(locale));
		if (!original) return word;
		if (word === word.toLocaleUpperCase(locale) && word.length > 1) return original.toLocaleUpperCase(locale);
		const first = word[0]!;
		return first === first.toLocaleUpperCase(locale) && first !== first.toLocaleLowerCase(locale)
			? original[0]!.toLocaleUpperCase(locale) + original.slice(1)
			: original;
	});
}
