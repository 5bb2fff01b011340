import { createTranslator } from '../i18n/create-translator.ts';
import type { TranslationResources } from '../i18n/load-translations.ts';
import type { MarkdownContext } from './file-context.ts';
import type { AllowHtml } from './rehype-sanitize-html.ts';

/** What the pipeline is built from: plain data, so worker threads can build the same one. */
export interface MarkdownSetup {
	contentRoot: string;
	defaultLocale: string;
	resources: TranslationResources;
	renderDigest: string;
	/** `markdown.allowHtml`; a safe set of tags when not given. */
	allowHtml?: AllowHtml;
}

/** The context the plugins read, with a translator built from the setup's UI strings. */
export function markdownContext(setup: MarkdownSetup): MarkdownContext {
	const t = createTranslator(setup.resources, setup.defaultLocale);
	return { ...setup, translate: (locale, key, options) => t(locale)(key, options ?? {}) };
}
