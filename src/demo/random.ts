/**
 * A seeded source of randomness: the same seed gives the same demo month on every machine, so a
 * screenshot of the report or a failing test can be reproduced. mulberry32 is tiny and good enough
 * for made-up traffic (not for anything secret).
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** A whole number from `min` to `max`, both included. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** An index of `weights`, each chosen in proportion to its weight. */
	weighted(weights: readonly number[]): number;
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
	return {
		next,
		chance: (p) => next() < p,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		weighted: (weights) => {
			const total = weights.reduce((sum, weight) => sum + weight, 0);
			let left = next() * total;
			for (let i = 0; i < weights.length; i++) {
				left -= weights[i]!;
				if (left < 0) return i;
			}
			// Rounding can leave a sliver at the end: the last item with weight takes it.
			return weights.findLastIndex((weight) => weight > 0);
		},
	};
}

/** A stable number for a text (FNV-1a), so one query always gets the same result count. */
export function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (const char of text) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
