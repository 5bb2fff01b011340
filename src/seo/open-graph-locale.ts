import { memoize } from '../utils/memoize.ts';

/** OpenGraph wants `language_TERRITORY` (`tr_TR`, `ar_EG`); the likeliest territory is filled in. */
export const openGraphLocale = memoize((locale: string): string => {
	try {
		const full = new Intl.Locale(locale).maximize();
		return full.region ? `${full.language}_${full.region}` : full.language;
	} catch {
		return locale.replace('-', '_');
	}
});
