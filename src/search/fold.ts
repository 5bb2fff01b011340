/**
 * Letters Pagefind cannot fold on its own. It strips combining accents (ş → s, ü → u, â → a), but
 * these letters have no accent to strip: dotless ı is its own letter, so `yardim` would never find
 * `yardım`. Index and query both go through `foldLetters`, so the two sides always agree.
 */
const UNFOLDABLE: Record<string, string> = {
	ı: 'i',
	İ: 'I',
	ß: 'ss',
	ẞ: 'SS',
	ø: 'o',
	Ø: 'O',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
};
const UNFOLDABLE_PATTERN = new RegExp(`[${Object.keys(UNFOLDABLE).join('')}]`, 'g');

export function foldLetters(text: string): string {
	return text.replace(UNFOLDABLE_PATTERN, (letter) => UNFOLDABLE[letter]!);
}

/** The words of a text that `foldLetters` changes (`Kapıda ödeme` → `Kapıda`). */
export function wordsWithUnfoldableLetters(text: string): string[] {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter(hasUnfoldableLetters);
}

/** Whether `foldLetters` changes the text. */
export function hasUnfoldableLetters(text: string): boolean {
	UNFOLDABLE_PATTERN.lastIndex = 0;
	return UNFOLDABLE_PATTERN.test(text);
}
