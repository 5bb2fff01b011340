import { memoize } from './memoize.ts';

/**
 * "23 Kasım 2026" in the locale's words. Dates in frontmatter are calendar days, so they are
 * formatted in UTC: no time zone shifts the day.
 */
export const longDate = memoize((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
