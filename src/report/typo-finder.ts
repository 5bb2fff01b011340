/** Words shorter than this are not corrected: one letter off a short word is another word. */
const MIN_LENGTH = 4;

const finders = new WeakMap<ReadonlyMap<string, number>, (word: string) => string | undefined>();

/**
 * The known word one letter away from a folded word (a letter swapped with its neighbour, missing,
 * extra or different: `kragom` → `kargom`, `nerde` → `nerede`, `oder` → `order`), the most common
 * when several are; undefined when none is. `known` maps the locale's words to how many articles
 * have them. Known words are indexed by their one-letter deletions once per locale, so a lookup
 * is a few dozen map reads, not a walk through the vocabulary.
 */
export function correctWord(known: ReadonlyMap<string, number>, word: string): string | undefined {
	let find = finders.get(known);
	if (!find) finders.set(known, (find = createFinder(known)));
	return find(word);
}

function createFinder(known: ReadonlyMap<string, number>): (word: string) => string | undefined {
	const byDeletion = new Map<string, string[]>();
	for (const word of known.keys()) {
		if ([...word].length < MIN_LENGTH - 1) continue;
		for (const variant of [word, ...deletions(word)]) {
			const list = byDeletion.get(variant);
			if (list) list.push(word);
			else byDeletion.set(variant, [word]);
		}
	}
	return (word) => {
		if ([...word].length < MIN_LENGTH || known.has(word)) return undefined;
		const candidates = new Set([word, ...deletions(word)].flatMap((variant) => byDeletion.get(variant) ?? []));
		let best: string | undefined;
		for (const candidate of candidates) {
			if (oneEditApart(word, candidate) && (!best || known.get(candidate)! > known.get(best)!)) best = candidate;
		}
		return best;
	};
}

function deletions(word: string): string[] {
	const letters = [...word];
	return letters.map((_, i) => [...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
}

/** Optimal string alignment distance of exactly one: one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
	const [x, y] = [[...a], [...b]];
	if (Math.abs(x.length - y.length) > 1 || a === b) return false;
	let start = 0;
	while (start < x.length && start < y.length && x[start] === y[start]) start++;
	const rest = (i: number, j: number) => x.slice(i).join('') === y.slice(j).join('');
	if (x.length === y.length) return rest(start + 1, start + 1) || (x[start] === y[start + 1] && x[start + 1] === y[start] && rest(start + 2, start + 2));
	return x.length > y.length ? rest(start + 1, start) : rest(start, start + 1);
}
