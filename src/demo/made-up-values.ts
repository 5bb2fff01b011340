import type { Random } from './random.ts';

/**
 * Personal data as customers paste it into the search box, all made up: e-mail addresses at the
 * reserved example domains, phone numbers in formats the scrubber must catch, order numbers and
 * IBANs of random digits. Scrubbing turns each into a token (`[email]`, `[phone]`, …) before
 * anything is stored.
 */
const NAMES = ['ali.veli', 'ayse.yilmaz', 'mehmet_k', 'zeynep.demir', 'john.smith', 'anna.mueller', 'omar.h'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

const FILLERS: Record<string, (random: Random) => string> = {
	order: (random) => digits(random, random.int(7, 9)),
	email: (random) => `${random.pick(NAMES)}@${random.pick(DOMAINS)}`,
	phone: (random) =>
		random.pick([`05${random.int(30, 59)} ${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`, `05${random.int(30, 59)}${digits(random, 7)}`]),
	intlPhone: (random) =>
		random.pick([`+90 5${random.int(30, 59)} ${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`, `+44 7700 ${digits(random, 6)}`]),
	iban: (random) => `TR${digits(random, 2)} 0006 ${[1, 2, 3, 4].map(() => digits(random, 4)).join(' ')} ${digits(random, 2)}`,
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The spelling with its placeholders filled, and the words the filled values brought in. */
export function fillPlaceholders(spelling: string, random: Random): { text: string; filled: string[] } {
	const filled: string[] = [];
	const text = spelling.replace(PLACEHOLDER, (whole, name: string) => {
		const fill = FILLERS[name];
		if (!fill)
			throw new Error(
				`Unknown placeholder ${whole} in the demo spelling "${spelling}"; use one of ${Object.keys(FILLERS)
					.map((key) => `{${key}}`)
					.join(', ')}.`,
			);
		const value = fill(random);
		filled.push(value);
		return value;
	});
	return { text, filled };
}

function digits(random: Random, count: number): string {
	return Array.from({ length: count }, () => random.int(0, 9)).join('');
}
