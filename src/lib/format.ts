/**
 * Numbers and dates as people read them, in the site's locale. Dates are
 * calendar days formatted in UTC so they never shift with the time zone.
 */
import { utcDateOf, type Day } from './dates.ts';

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
  // Intl formatting is slow and a build formats the same days and numbers thousands of times.
  const memo = <K, V>(fn: (key: K) => V) => {
    const seen = new Map<K, V>();
    return (key: K) => {
      let value = seen.get(key);
      if (value === undefined) {
        value = fn(key);
        seen.set(key, value);
      }
      return value;
    };
  };
  const formatNumber = memo((value: number) => numbers.format(value));
  const formatPercent = memo((value: number) => percents.format(value));
  const made: Formatter = {
    number: formatNumber,
    value(value, unit) {
      if (value === null || value === undefined) return '–';
      if (typeof value === 'boolean') return value ? 'Done' : 'Not done';
      if (unit === '%') return `${formatNumber(value)}%`;
      return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
    },
    percent: (value) => (value === null || value === undefined ? '–' : formatPercent(value)),
    date: memo((day: Day) => dates.format(utcDateOf(day))),
    shortDate: memo((day: Day) => shortDates.format(utcDateOf(day))),
  };
  cache.set(locale, made);
  return made;
}
