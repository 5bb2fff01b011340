/** Words shorter than this are not corrected: one edit in a short word is a different word. */
export const MIN_TYPO_LENGTH = 5;

/**
 * Spellings one edit away that a search can try when a word finds nothing: two neighbouring letters
 * swapped (`kragom` → `kargom`) or one letter too many (`odmeee` → `odmee`). Substitutions and
 * missing letters are left out: with prefix matching, the start of the word already covers a
 * missing last letter, and substitutions would multiply the index lookups.
 */
export function typoVariants(word: string): string[] {
	if ([...word].length < MIN_TYPO_LENGTH) return [];
	const letters = [...word];
	const variants = new Set<string>();
	for (let i = 0; i < letters.length - 1; i++) {
		if (letters[i] === letters[i + 1]) continue;
		const swapped = [...letters];
		[swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
		variants.add(swapped.join(''));
	}
	for (let i = 0; i < letters.length; i++) variants.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
	variants.delete(word);
	return [...variants];
}
