/**
 * Calendar days. Every date in okrbook names a day, not an instant, so it is
 * kept as a `YYYY-MM-DD` string and all arithmetic goes through whole day
 * numbers computed with UTC getters: the result never depends on the build
 * machine's time zone. This is the one module that does date arithmetic.
 */

/** A calendar day written `YYYY-MM-DD`. */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The years a date may fall in. Bounded so that date arithmetic (a cycle's
 * periods, windows, stale spans) never leaves the range `Date` can hold, and
 * so that `Date.UTC` never reads a year below 100 as 19xx.
 */
export const YEAR_RANGE = { first: 1900, last: 2999 } as const;

/** True when `value` is a real calendar day written `YYYY-MM-DD` in YEAR_RANGE (rejects 2026-02-30). */
export function isDay(value: string): boolean {
  return dayProblem(value) === undefined;
}

/** Why `value` is not a calendar day okrbook accepts: its format, its year, or the day itself; `undefined` when it is one. */
export function dayProblem(value: string): 'format' | 'range' | 'calendar' | undefined {
  const match = DAY_PATTERN.exec(value);
  if (!match) return 'format';
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < YEAR_RANGE.first || y > YEAR_RANGE.last) return 'range';
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? undefined : 'calendar';
}

const dayNumbers = new Map<Day, number>();

/** Days since 1970-01-01 for a calendar day (memoised: the same few hundred days recur across a build). */
export function dayNumber(day: Day): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    n = Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
    dayNumbers.set(day, n);
  }
  return n;
}

/** The calendar day `n` days after 1970-01-01. */
export function dayFromNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative to go back). */
export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (`to - from`). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first day of the month `months` months after the month of `day`. */
export function monthStartAfter(day: Day, months: number): Day {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * The whole calendar months from `start` to `end` (a quarter: 3), or null
 * when they do not start and end on month boundaries (`end` is the last day).
 */
export function wholeMonthsBetween(start: Day, end: Day): number | null {
  const after = addDays(end, 1);
  if (!start.endsWith('-01') || !after.endsWith('-01')) return null;
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ay, am] = after.split('-').map(Number) as [number, number];
  return (ay - sy) * 12 + (am - sm);
}

/** Midnight UTC of a day, for the formats that need a `Date` (feeds, calendars, `Intl` date formats in UTC). */
export function utcDateOf(day: Day): Date {
  return new Date(dayNumber(day) * 86_400_000);
}

/** A YAML timestamp (read at UTC midnight) back to the day it was written as. */
export function dayFromUtcDate(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** Today in the build machine's local time zone (the default as-of date). */
export function localToday(now: Date = new Date()): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The earlier of two days. */
export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}
