import { pickLocale } from './pick-locale.ts';

/**
 * On `/`, sends the visitor to the home of their browser's language. The page itself is a plain
 * list of language links, which is what visitors without JavaScript and crawlers get.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')];
const available = links.map((link) => link.dataset.locale!);
const defaultLocale = document.documentElement.dataset.defaultLocale ?? available[0]!;
const chosen = pickLocale(navigator.languages ?? [navigator.language], available, defaultLocale);
const target = links.find((link) => link.dataset.locale === chosen);
if (target) location.replace(target.href);
