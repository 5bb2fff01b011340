import config from 'virtual:destek/config';

/** One entry of the language switcher. */
export interface LanguageLink {
	locale: string;
	label: string;
	href: string;
	/** The page exists in that language only as an untranslated fallback. */
	isFallback: boolean;
}

/** Language links for a page that exists in every locale (home, category, search). */
export function languageLinksFor(hrefFor: (locale: string) => string, isFallback: (locale: string) => boolean = () => false): LanguageLink[] {
	return Object.entries(config.locales).map(([locale, { label }]) => ({
		locale,
		label,
		href: hrefFor(locale),
		isFallback: isFallback(locale),
	}));
}
