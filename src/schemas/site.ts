import { z } from 'astro/zod';
import { boundedCount, positiveInteger, text } from './common.ts';
import { isHttpUrl } from '../lib/site-url.ts';

/** `site.yaml`: site settings. Every field has a default; unknown keys are errors. */
export const siteSchema = z
  .strictObject({
    /** Site title in the header and `<title>`. Default `OKRs`. */
    title: text.default('OKRs'),
    /** Organisation name shown on the home page. */
    organization: text.optional(),
    /** One line under the title. */
    description: text.optional(),
    /** BCP 47 tag for number and date formatting. Default `en`. */
    locale: z
      .string({ error: 'expected a BCP 47 language tag such as `en` or `ms-MY`' })
      .refine(isLocale, { error: 'expected a BCP 47 language tag such as `en`, `en-GB` or `ms-MY`' })
      .default('en'),
    /**
     * Where the site is published, an absolute http(s) URL (`https://okr.example.org/okrs/`):
     * the feed, calendars and `status.json` link with it. `OKRBOOK_SITE` overrides it.
     * Without either, `/feed.xml` is not built (it would link to nowhere). Default none.
     */
    url: z
      .string({ error: 'expected the address the site is published at, e.g. `https://okr.example.org/`' })
      .refine(isHttpUrl, { error: 'expected an absolute http(s) address such as `https://okr.example.org/okrs/`' })
      .optional(),
    /** Publish the people pages (`/people/`). Default true. */
    people: z.boolean({ error: 'expected true or false' }).default(true),
    /** Publish the weekly digest (`/digest/`, its JSON and its feed items). Default true. */
    digest: z.boolean({ error: 'expected true or false' }).default(true),
    checkins: z
      .strictObject({
        /** Expected check-in cadence in days, 1 to 366. Default 7. */
        every_days: boundedCount(366, 'a year of days').default(7),
        /** A key result with no update for longer is stale; 1 to 3660 days. Default twice `every_days`. */
        stale_after_days: boundedCount(3660, 'ten years of days').optional(),
      })
      .prefault({}),
    leadership: z
      .strictObject({
        /** Leadership should attend a check-in at least this often, in months, 1 to 120. Default 1. */
        every_months: boundedCount(120, 'ten years of months').default(1),
      })
      .prefault({}),
    grading: z
      .strictObject({
        /** Lowest score graded green. Default 0.7. */
        green: z.number({ error: 'expected a number' }).gt(0, { error: 'expected a number above 0 and at most 1' }).max(1, { error: 'expected a number above 0 and at most 1' }).default(0.7),
        /** Lowest score graded yellow; below `green`. Default 0.4. */
        yellow: z.number({ error: 'expected a number' }).min(0, { error: 'expected a number of at least 0' }).default(0.4),
        /** Pace tolerance for `on-track`. Default 0.1. */
        on_track_margin: z.number({ error: 'expected a number' }).min(0, { error: 'expected a number of at least 0' }).default(0.1),
        /** Pace tolerance for `at-risk`; at least `on_track_margin`. Default 0.25. */
        at_risk_margin: z.number({ error: 'expected a number' }).min(0, { error: 'expected a number of at least 0' }).default(0.25),
      })
      .prefault({})
      .superRefine((grading, ctx) => {
        if (grading.yellow >= grading.green) {
          ctx.addIssue({ code: 'custom', path: ['yellow'], message: `expected a number below grading.green (${grading.green})` });
        }
        if (grading.at_risk_margin < grading.on_track_margin) {
          ctx.addIssue({ code: 'custom', path: ['at_risk_margin'], message: `expected a number of at least grading.on_track_margin (${grading.on_track_margin})` });
        }
      }),
    coaching: z
      .strictObject({
        /** Most objectives per team per cycle before a hint. Default 5. */
        max_objectives: positiveInteger.default(5),
        /** Most key results per objective before a hint. Default 5. */
        max_key_results: positiveInteger.default(5),
        /** Fewest key results per objective before a hint. Default 2. */
        min_key_results: z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).min(0, { error: 'expected a whole number of at least 0' }).default(2),
        /** Words that mark a key result or an objective as a task when its title starts with one, added to the built-in list (`kr-output`, `objective-output`). Default none. */
        output_verbs: z.array(text, { error: 'expected a list of words, e.g. `[draft, migrate]`' }).default([]),
        /** Nouns whose count marks a key result as counting activity ("Send 50 outreach emails"), added to the built-in list (`kr-output`). Default none. */
        activity_nouns: z.array(text, { error: 'expected a list of nouns, e.g. `[site visits, cold calls]`' }).default([]),
        /** Coaching rule ids to switch off. */
        disable: z.array(text, { error: 'expected a list of rule ids, e.g. `[objective-owner]`' }).default([]),
      })
      .prefault({}),
  })
  .transform((site) => ({
    ...site,
    checkins: {
      every_days: site.checkins.every_days,
      stale_after_days: site.checkins.stale_after_days ?? 2 * site.checkins.every_days,
    },
  }));

/** Validated site settings with every default applied. */
export type SiteSettings = z.output<typeof siteSchema>;

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
