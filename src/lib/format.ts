/**
 * Numbers and dates as people read them, in the site's locale. Dates are
 * calendar days formatted in UTC so they never shift with the time zone.
 */
import { dayNumber, type Day } from './dates.ts';

/** Formats figures for one locale. */
export interface Formatter {
  /** `157,000` */
  number(value: number): string;
  /** A key result's value with its unit: `99.17%`, `157,000 MYR`, `Done`/`Not done` for milestones. */
  value(value: number | boolean | null | undefined, unit?: string): string;
  /** A score or share as a percentage: `61%`. */
  percent(value: number | null | undefined): string;
  /** `14 Jul 2026` */
  date(day: Day): string;
  /** `14 Jul` */
  shortDate(day: Day): string;
}

const cache = new Map<string, Formatter>();

/** The formatter for a BCP 47 locale (cached). */
export function formatter(locale: string): Formatter {
  const cached = cache.get(locale);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortDates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const toDate = (day: Day) => new Date(dayNumber(day) * 86_400_000);
  const made: Formatter = {
    number: (value) => numbers.format(value),
    value(value, unit) {
      if (value === null || value === undefined) return '–';
      if (typeof value === 'boolean') return value ? 'Done' : 'Not done';
      if (unit === '%') return `${numbers.format(value)}%`;
      return unit ? `${numbers.format(value)} ${unit}` : numbers.format(value);
    },
    percent: (value) => (value === null || value === undefined ? '–' : percents.format(value)),
    date: (day) => dates.format(toDate(day)),
    shortDate: (day) => shortDates.format(toDate(day)),
  };
  cache.set(locale, made);
  return made;
}
