import { normalizeQuery } from '../search/normalize-query.ts';
import { MAX_QUERY_LENGTH } from './events.ts';

/**
 * Customers paste what they have into search boxes: order numbers, phone numbers, e-mail addresses,
 * IBANs. None of it may leave the page, so every query is cleaned here before it is dispatched or
 * sent, and again by the collector. Each kind becomes a token, so the report still shows that
 * people search for "kargo [number]".
 */
export function cleanQuery(input: string): string {
	const collapsed = input.replace(/\s+/gu, ' ').trim();
	// Cut before scrubbing (a number split at the cut is still caught) and again after, on a word.
	return scrubPersonalData([...collapsed].slice(0, MAX_QUERY_LENGTH).join('')).trim();
}

/**
 * A search event's texts cleaned: the query scrubbed, and `unmatched` (words the browser took
 * from the query before scrubbing) kept only where the scrubbed query still has them, so an
 * order number or a name cannot travel in the word list.
 */
export function cleanSearchTexts<T extends { query: string; locale: string; unmatched?: string[] | undefined }>(event: T): T {
	const query = cleanQuery(event.query);
	if (!event.unmatched) return { ...event, query };
	const kept = new Set(normalizeQuery(query, event.locale).split(' ').filter(Boolean));
	return { ...event, query, unmatched: event.unmatched.filter((word) => kept.has(normalizeQuery(word, event.locale))) };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
/** Two letters, two check digits, then 11–30 letters or digits, in groups of up to four. */
const IBAN = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{1,4}){3,8}(?![\p{L}\p{N}])/giu;
/** 13–19 digits, in groups or not, as card numbers are written. */
const CARD = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/gu;
/** `+90 532 123 45 67`, `0049 30 1234567`, `+1 (555) 123-4567`. */
const INTERNATIONAL_PHONE = /(?:\+|\b00)\d{1,3}[\s.-]?(?:\(\d{1,4}\)|\d{1,4})(?:[\s.-]?\d{2,4}){1,4}(?![\s.-]?\d)/gu;
/** Turkish numbers: `0532 123 45 67`, `0 (212) 123 45 67`, `532-123-4567`. */
const TURKISH_PHONE = /(?<![\d+])\(?(?:0\s?)?\(?[2-5]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?![\s.-]?\d)/gu;
/** Turkish identity numbers: 11 digits, checked below. */
const TURKISH_ID = /(?<!\d)[1-9]\d{10}(?!\d)/gu;
/** Order numbers and anything else long: six or more digits, grouped or not. */
const LONG_NUMBER = /\d(?:[\s./-]?\d){5,}/gu;

/** The tokens scrubbing leaves, e.g. `[number]`. */
export const SCRUB_TOKEN = /\[(?:email|iban|card|phone|id|number)\]/gu;

export function scrubPersonalData(text: string): string {
	return text
		.replace(EMAIL, '[email]')
		.replace(IBAN, (match) => (digitCount(match) >= 10 ? '[iban]' : match))
		.replace(CARD, (match) => (passesLuhn(match) ? '[card]' : match))
		.replace(INTERNATIONAL_PHONE, (match) => (digitCount(match) >= 8 ? '[phone]' : match))
		.replace(TURKISH_PHONE, '[phone]')
		.replace(TURKISH_ID, (match) => (isTurkishId(match) ? '[id]' : match))
		.replace(LONG_NUMBER, '[number]');
}

function digitCount(text: string): number {
	return text.replace(/\D/gu, '').length;
}

function passesLuhn(text: string): boolean {
	const digits = text.replace(/\D/gu, '');
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
		sum += digit;
	}
	return sum % 10 === 0;
}

/** The T.C. kimlik numarası checksum: digits 10 and 11 are computed from the first nine. */
function isTurkishId(text: string): boolean {
	const d = [...text].map(Number);
	const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
	const even = d[1]! + d[3]! + d[5]! + d[7]!;
	const tenth = (((odd * 7 - even) % 10) + 10) % 10;
	const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
	return d[9] === tenth && d[10] === eleventh;
}

/** Any event as a collector stores it: the search texts of search events cleaned again. */
export function scrubEvent<T extends { type: string }>(event: T): T {
	return 'query' in event && typeof event.query === 'string' ? cleanSearchTexts(event as T & { query: string; locale: string }) : event;
}
