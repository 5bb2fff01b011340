/**
 * Remembers a function's results by its string arguments. For lookups every page repeats with the
 * same few values (Intl names and formats per locale): built once, not 15,000 times.
 */
export function memoize<Args extends string[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
	const results = new Map<string, Result>();
	return (...args) => {
		const key = args.join('\u0000');
		if (results.has(key)) return results.get(key)!;
		const result = compute(...args);
		results.set(key, result);
		return result;
	};
}
