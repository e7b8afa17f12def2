import { z } from 'astro/zod';
import { confidential, day, draft, slug, textList } from './common.ts';

/**
 * `handovers/**`: what the outgoing leaders of a team leave for the
 * incoming ones. The body is the note: what is unfinished, what was promised
 * to whom, who to call.
 */
export const handoverSchema = z.strictObject({
  /** The team whose leadership changed. */
  team: slug,
  /** The day the new leaders took over. */
  date: day,
  /** Outgoing leaders (optional: a team may get its first leaders). */
  from: textList.default([]),
  /** Incoming leaders; at least one. */
  to: textList.min(1, { error: 'expected at least one incoming leader, e.g. `to: [Nurul Huda]`' }),
  /** The objectives explicitly handed over, by id (`2026-q3/sales/win-mid-market`). */
  objectives: z
    .array(z.string({ error: 'expected an objective id such as `2026-q3/sales/win-mid-market`' }).min(1), {
      error: 'expected a list of objective ids, e.g. `[2026-q3/sales/win-mid-market]`',
    })
    .default([]),
  /** Publish only with OKRBOOK_INCLUDE_CONFIDENTIAL=1. */
  confidential,
  /** Leave it out of the build. */
  draft,
});

export type HandoverData = z.output<typeof handoverSchema>;
