/**
 * Just enough stemming to put `kargom`, `kargolar`, `kargoyu` and `kargo` in one group of the
 * content-gap report. Words arrive lowercased and without diacritics (`ı` → `i`, `ş` → `s`). The
 * stems are keys, never shown: `kargo` becomes `karg`, as long as every form of it does too.
 */
export function stripSuffixes(word: string, locale: string): string {
	const strip = STRIPPERS[locale.split('-')[0]!];
	return strip ? strip(word) : word;
}

/** Shorter stems than this are left alone: `iade` may lose its `e`, never its `de`. */
const MIN_STEM = 3;
const VOWEL = /[aeiou]$/;

/**
 * Turkish suffixes after folding, in the order they are tried (longest first): plural, the
 * possessives customers use (`siparisim`, `siparisimiz`), infinitives (`duzeltmek`), case endings and final vowels. Final
 * vowels go too, so a root ending in a vowel loses the same letter in every form: `kargo`,
 * `kargom` and `kargoyu` all end as `karg`.
 */
const TURKISH_SUFFIXES = [
	'imiz',
	'umuz',
	'iniz',
	'unuz',
	'ndan',
	'nden',
	'lar',
	'ler',
	'mak',
	'mek',
	'dan',
	'den',
	'tan',
	'ten',
	'nda',
	'nde',
	'yla',
	'yle',
	'nin',
	'nun',
	'im',
	'um',
	'in',
	'un',
	'yi',
	'yu',
	'ya',
	'ye',
	'da',
	'de',
	'ta',
	'te',
	'na',
	'ne',
	'm',
	'a',
	'e',
	'i',
	'o',
	'u',
];
/** Buffer letters, stripped only after a vowel: `iade-s-i`, `kargo-n`, `kampanya-y`. */
const TURKISH_BUFFERS = ['s', 'n', 'y'];
/**
 * Roots that end like a suffix, kept whole: without them `indirim` (discount) would be `indir`
 * (download), and `durum` (status) `dur` (stop). Their own suffixes still come off: `indirimler`.
 */
const TURKISH_ROOTS = new Set(['indirim', 'teslim', 'durum', 'yorum', 'kurum', 'iletisim', 'bolum', 'sistem', 'resim', 'egitim', 'uyum', 'tutum']);

function stripTurkish(word: string): string {
	let stem = word;
	// Suffixes stack (`kargo-lar-imiz-dan`), so strip until nothing more comes off.
	for (let round = 0; round < 8 && !TURKISH_ROOTS.has(stem); round++) {
		const suffix =
			TURKISH_SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM) ??
			TURKISH_BUFFERS.find((s) => stem.endsWith(s) && stem.length - 1 >= MIN_STEM && VOWEL.test(stem.slice(0, -1)));
		if (!suffix) break;
		stem = stem.slice(0, -suffix.length);
	}
	return stem;
}

/**
 * English plurals: `orders` → `order`, `boxes` → `box`, `deliveries` → `delivery`; `address` stays.
 * And `-ing`, which customers use for the thing itself: `wrapping` → `wrap`, `shipping` → `ship`.
 */
function stripEnglish(word: string): string {
	if (word.endsWith('ing') && word.length - 3 >= MIN_STEM) return word.slice(0, -3).replace(/([^aeiouls])\1$/, '$1');
	if (!word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
	const stem = word.endsWith('ies') ? `${word.slice(0, -3)}y` : /(ss|sh|ch|x|z)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
	return stem.length >= MIN_STEM ? stem : word;
}

/** German plural and case endings: `Bestellungen`, `Pakete`, `Gutscheins`, `Bestellnummern`. */
function stripGerman(word: string): string {
	const ending = ['en', 'e', 's', 'n'].find((s) => word.endsWith(s) && word.length - s.length >= MIN_STEM);
	if (!ending) return word;
	// `Adress` and `Gutschein` end in what looks like an ending but is part of the word.
	if (ending === 's' && word.endsWith('ss')) return word;
	if (ending === 'n' && !/[rl]n$/.test(word)) return word;
	return word.slice(0, -ending.length);
}

/** The article prefix `ال`: `الشحن` and `شحن` (shipping) are one word to a writer. */
function stripArabic(word: string): string {
	return word.startsWith('ال') && word.length - 2 >= MIN_STEM - 1 ? word.slice(2) : word;
}

const STRIPPERS: Record<string, (word: string) => string> = {
	tr: stripTurkish,
	en: stripEnglish,
	de: stripGerman,
	ar: stripArabic,
};
