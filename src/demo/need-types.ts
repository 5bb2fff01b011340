/**
 * What customers of the sample store (Çınar Market, fictional) come to the help center for, and
 * how they behave once search answers:
 * - `covered`: an article answers it; most open the first result and stay.
 * - `unclear-title`: an article answers it, but its title does not say so; most leave the results
 *   unopened (the report should suggest a clearer title).
 * - `other-words`: an article answers it in other words; search finds it only partly, and
 *   customers who open it stay.
 * - `gap`: nothing answers it; nothing is found, or a loosely related article is opened and left
 *   for the search again within seconds.
 * - `noise`: keyboard tests and greetings.
 * - `personal`: what customers paste (order numbers, e-mail addresses, phone numbers, IBANs),
 *   which scrubbing turns into tokens.
 */
export const NEED_KINDS = ['covered', 'unclear-title', 'other-words', 'gap', 'noise', 'personal'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** Share of a locale's searches per kind; within a kind, needs listed first are searched most (Zipf). */
export const KIND_SHARE: Record<NeedKind, number> = {
	covered: 0.6,
	'unclear-title': 0.05,
	'other-words': 0.05,
	gap: 0.24,
	noise: 0.03,
	personal: 0.03,
};

/**
 * A spelling as typed. `{order}`, `{email}`, `{phone}`, `{intlPhone}` and `{iban}` are filled with
 * made-up values; no article holds them, so a search with results for such a spelling is partial.
 * The object form overrides what search shows for this spelling (a typo that finds nothing:
 * `results: []`).
 */
export type Spelling = string | { text: string; results?: string[]; unmatched?: string[] };

export interface Need {
	/** Short English label, for tests and for reading this data. */
	name: string;
	kind: NeedKind;
	spellings: Spelling[];
	/** Article ids (`<category>/<slug>`) in the order search shows them; empty: nothing found. */
	results: string[];
	/** The article that answers the need, when one does (it stops the search when opened). */
	answer?: string;
	/**
	 * Beginnings of the query words search finds in no result together with the others (folded:
	 * no accents, `ı` as `i`); present means the answer is partial.
	 */
	unmatched?: string[];
	/** How the need changes over the period; flat when absent. `new`: only in the last week. */
	trend?: 'up' | 'down' | 'new';
}

export interface LocaleNeeds {
	/** Settled searches on a weekday, lowest and highest. */
	perDay: [number, number];
	needs: Need[];
}
