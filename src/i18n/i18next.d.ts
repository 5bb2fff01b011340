import type newArticleStrings from '../../locales/en/new-article.json';
import type uiStrings from '../../locales/en/ui.json';

// UI string keys are typed: `t('search.lable')` fails the typecheck instead of showing the key to
// customers. English is the reference; `npm run check` reports keys another locale lacks.
declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: typeof uiStrings & typeof newArticleStrings };
		keySeparator: false;
		nsSeparator: false;
	}
}
