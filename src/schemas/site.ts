import { z } from 'astro/zod';
import { boundedCount, positiveInteger, text } from './common.ts';
import { isHttpUrl } from '../lib/site-url.ts';
import { editDistance } from '../lib/edit-distance.ts';
import { EDIT_PLACEHOLDERS, isHttpTemplate, knownHost, NEW_FILE_PLACEHOLDERS, resolveRepository, unknownPlaceholders } from '../lib/repository.ts';

/** A link template of `repository`: an http(s) address once filled, holding only the placeholders it may. */
const template = (field: string, allowed: readonly string[], example: string) =>
  z
    .string({ error: `expected an address template such as \`${example}\`` })
    .superRefine((value, ctx) => {
      for (const name of unknownPlaceholders(value, allowed)) {
        const near = allowed.find((known) => editDistance(name.toLowerCase(), known) <= 2);
        ctx.addIssue({
          code: 'custom',
          params: { code: 'unknown-placeholder' },
          message: `\`{${name}}\` is not a placeholder of ${field}; ${near ? `did you mean \`{${near}}\`? ` : ''}use ${allowed.map((a) => `{${a}}`).join(', ')}`,
        });
      }
      if (!isHttpTemplate(value)) ctx.addIssue({ code: 'custom', message: `expected an absolute http(s) address template such as \`${example}\`` });
    });

/** site.yaml `repository`: where the content is kept, for Edit links and the forms' "Open in <host>" (content.md). */
const repositorySchema = z
  .strictObject({
    /** The web address of the repository that holds the content (`https://github.com/acme/okrs`). Required. */
    url: z
      .string({ error: 'expected the web address of the repository, e.g. `https://github.com/acme/okrs`' })
      .refine(isHttpUrl, { error: 'expected an absolute http(s) address such as `https://github.com/acme/okrs`' }),
    /** The branch Edit links and new files go to. Default `main`. */
    branch: text.default('main'),
    /** The content root's folder inside the repository (`content`). Default `''`, the repository's root. */
    path: z
      .string({ error: 'expected a folder such as `content` or `okrs/content`' })
      .refine((value) => !value.includes('\\') && !value.split('/').some((part) => part === '..' || part === '.'), {
        error: 'expected a folder inside the repository written with `/`, without `.` or `..`, such as `okrs/content`',
      })
      .default(''),
    /** Template of the web editor's address: `{url}`, `{branch}`, `{path}` (file path in the repository). Default by host (GitHub, GitLab, Forgejo/Gitea on codeberg.org); required for any other host. */
    edit_url: template('edit_url', EDIT_PLACEHOLDERS, '{url}/_edit/{branch}/{path}').optional(),
    /** Template of the new-file page: `{url}`, `{branch}`, `{dir}`, `{name}`, `{content}` (URL-encoded). Default on GitHub; without one the forms offer Copy and Download only. */
    new_file_url: template('new_file_url', NEW_FILE_PLACEHOLDERS, '{url}/new/{branch}/{dir}?filename={name}&value={content}').optional(),
  })
  .superRefine((repository, ctx) => {
    if (repository.edit_url !== undefined || !isHttpUrl(repository.url) || knownHost(repository.url)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['edit_url'],
      params: { code: 'required' },
      message: `${new URL(repository.url).hostname} is not a host okrbook knows (github.com, gitlab.*, codeberg.org); add \`edit_url\` with its web editor's address, e.g. \`edit_url: "{url}/_edit/{branch}/{path}"\``,
    });
  })
  .transform(resolveRepository);

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
    /** Where the content is kept (`url`, `branch`, `path`, `edit_url`, `new_file_url`): turns on Edit links and the forms' "Open in <host>". Default none. */
    repository: repositorySchema.optional(),
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
    /**
     * Whether the forms' pages (route group `forms`) are published, so pages
     * link to them. Not a site.yaml field: `okrbook({ routes: { forms: false } })`
     * turns it off (src/integration/index.ts).
     */
    forms: true as boolean,
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
