import { z } from 'astro/zod';
import { dayFromUtcDate, dayProblem, YEAR_RANGE } from '../lib/dates.ts';

/** Team, cycle and key-result ids: lower case letters, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** YAML reads `2026` as a number; where text or an id is expected, it means the text "2026". */
const numberAsText = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

/** A team, cycle or key-result id. */
export const slug = z.preprocess(
  numberAsText,
  z
    .string({ error: 'expected an id such as `sales` or `new-mrr`' })
    .regex(SLUG_PATTERN, { error: 'expected lower-case letters, digits and hyphens, starting with a letter or digit (e.g. `new-mrr`)' }),
);

/**
 * A calendar day. Our own loader keeps `2026-07-06` as a string; Astro's YAML
 * reader turns it into a Date at UTC midnight, which is read back with UTC
 * getters so the day never shifts with the build machine's time zone.
 */
export const day = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? dayFromUtcDate(value) : value),
  z.string({ error: 'expected a date written YYYY-MM-DD' }).superRefine((value, ctx) => {
    const problem = dayProblem(value);
    if (problem === 'format' || problem === 'calendar') ctx.addIssue({ code: 'custom', message: 'expected a real calendar date written YYYY-MM-DD' });
    if (problem === 'range') ctx.addIssue({ code: 'custom', message: `expected a date in the years ${YEAR_RANGE.first} to ${YEAR_RANGE.last}` });
  }),
);

/**
 * The largest magnitude of a value, baseline or target: 10^15, below 2^53,
 * so every whole number up to it is exact, and no span, sum or ratio of two
 * of them leaves the finite doubles (a key result from -1e308 to 1e308
 * would score NaN).
 */
export const MAX_MAGNITUDE = 1e15;

/** The smallest distance between a metric's baseline and target: progress, a quotient by it, stays below 2e24. */
export const MIN_SPAN = 1e-9;

/** The largest weight: a thousand key results of this weight still sum exactly. */
export const MAX_WEIGHT = 1e6;

const magnitudeError = { error: `expected a number from -${MAX_MAGNITUDE.toExponential().replace("+", "")} to ${MAX_MAGNITUDE.toExponential().replace("+", "")} (write large amounts in thousands or millions)` };

/** A finite number within ±MAX_MAGNITUDE (YAML's `.nan` and `.inf` are refused). */
export const finiteNumber = z.number({ error: 'expected a number' }).min(-MAX_MAGNITUDE, magnitudeError).max(MAX_MAGNITUDE, magnitudeError);

/** A non-empty line of text. */
export const text = z.preprocess(numberAsText, z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, got an empty value' }));

/** A list of names or lines of text. */
export const textList = z.array(text, { error: 'expected a list, e.g. `[Aisha Rahman, Daniel Tan]`' });

/** A weight in a weighted mean. */
export const weight = z
  .number({ error: 'expected a number' })
  .gt(0, { error: 'expected a number greater than 0' })
  .max(MAX_WEIGHT, { error: `expected a number greater than 0 and at most ${MAX_WEIGHT.toExponential().replace("+", "")} (weights are relative: 2 counts twice as much as 1)` })
  .default(1);

/** `draft: true` leaves the entry and everything that hangs on it out of the build. */
export const draft = z.boolean({ error: 'expected true or false' }).default(false);

/** `confidential: true` publishes the entry only with OKRBOOK_INCLUDE_CONFIDENTIAL=1. */
export const confidential = z.boolean({ error: 'expected true or false' }).default(false);

/** A whole number of at least 1. */
export const positiveInteger = z
  .number({ error: 'expected a whole number' })
  .int({ error: 'expected a whole number' })
  .min(1, { error: 'expected a whole number of at least 1' });

/**
 * A whole number from 1 to `most`: cadences and windows are bounded so that
 * date arithmetic over them stays inside the years dates may take (dates.ts).
 */
export const boundedCount = (most: number, unit: string) =>
  positiveInteger.max(most, { error: `expected a whole number from 1 to ${most} (${unit})` });
