import { defineMiddleware } from 'astro:middleware';
import config from 'virtual:destek/config';
import { translatorFor } from '../i18n/translator.ts';
import { devContentError } from './dev-error-state.ts';

/** Gives every page its locale and translation function, so components never import i18next. */
export const onRequest = defineMiddleware((context, next) => {
	// In dev, a content mistake is shown as Astro's error overlay on every page until it is fixed.
	const contentError = import.meta.env.DEV ? devContentError() : undefined;
	if (contentError) throw contentError;
	const requested = context.params.locale;
	const locale = requested && requested in config.locales ? requested : config.defaultLocale;
	context.locals.locale = locale;
	context.locals.t = translatorFor(locale);
	return next();
});
