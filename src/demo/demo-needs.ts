import { NEEDS_AR } from './needs-ar.ts';
import { NEEDS_DE } from './needs-de.ts';
import { NEEDS_EN } from './needs-en.ts';
import { NEEDS_TR } from './needs-tr.ts';
import type { LocaleNeeds } from './need-types.ts';

/** The sample store's needs per locale (see need-types.ts for what a need is). */
export const DEMO_NEEDS: Record<string, LocaleNeeds> = {
	tr: NEEDS_TR,
	en: NEEDS_EN,
	de: NEEDS_DE,
	ar: NEEDS_AR,
};
