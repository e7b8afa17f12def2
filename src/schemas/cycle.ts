import { z } from 'astro/zod';
import { boundedCount, day, draft, text } from './common.ts';

/** `cycles/<cycle-id>.md(x)`. The body is the cycle's summary or retrospective. */
export const cycleSchema = z
  .strictObject({
    /** Display name, e.g. `Q3 2026`. */
    name: text,
    /** First day of the cycle. */
    start: day,
    /** Last day of the cycle, inclusive. */
    end: day,
    /** Leave the cycle and everything in it out. */
    draft,
    /** This cycle's own check-in rhythm; each field defaults to site.yaml's. */
    checkins: z
      .strictObject({
        /** This cycle's check-in cadence in days, 1 to 366 (a yearly cycle the board reviews each quarter: `91`). Default site.yaml's `checkins.every_days`. */
        every_days: boundedCount(366, 'a year of days').optional(),
        /** A key result of this cycle with no update for longer is stale; 1 to 3660 days. Default twice this cycle's `every_days` when it sets one, else site.yaml's `checkins.stale_after_days`. */
        stale_after_days: boundedCount(3660, 'ten years of days').optional(),
      })
      .optional(),
    /** This cycle's own leadership rhythm. */
    leadership: z
      .strictObject({
        /** Leadership should attend a check-in of each team at least this often in this cycle, in months, 1 to 120. Default site.yaml's `leadership.every_months`. */
        every_months: boundedCount(120, 'ten years of months').optional(),
      })
      .optional(),
  })
  .superRefine((cycle, ctx) => {
    if (cycle.end < cycle.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], params: { code: 'cycle-dates' }, message: `the cycle ends before it starts (start is ${cycle.start}); expected an end on or after the start` });
    }
  });

export type CycleData = z.output<typeof cycleSchema>;
