declare module 'virtual:destek/config' {
	const config: import('./schemas/config.ts').DestekConfig;
	export default config;
}
declare module 'virtual:destek/translations' {
	const resources: import('./i18n/load-translations.ts').TranslationResources;
	export default resources;
}
declare module 'virtual:destek/custom-css' {}
declare module 'virtual:destek/font-css' {}
declare module 'virtual:destek/font-preload' {
	/** Font file URLs to preload, per locale or `'*'` for every page. */
	const preload: Record<string, string[]>;
	export default preload;
}

declare namespace App {
	interface Locals {
		/** Locale of the page being rendered. */
		locale: string;
		/** Translates a UI string key in the page's locale. */
		t: import('i18next').TFunction;
	}
}
