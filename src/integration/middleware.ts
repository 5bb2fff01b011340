import { defineMiddleware } from 'astro:middleware';
import config from 'virtual:destek/config';
import { translatorFor } from '../i18n/translator.ts';

/** Gives every page its locale and translation function, so components never import i18next. */
export const onRequest = defineMiddleware((context, next) => {
	const requested = context.params.locale;
	const locale = requested && requested in config.locales ? requested : config.defaultLocale;
	context.locals.locale = locale;
	context.locals.t = translatorFor(locale);
	return next();
});
