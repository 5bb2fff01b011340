import config from 'virtual:destek/config';
import resources from 'virtual:destek/translations';
import { createTranslator } from './create-translator.ts';

/** The site's translator, built once from the strings the integration loaded. */
export const translatorFor = createTranslator(resources, config.defaultLocale);
