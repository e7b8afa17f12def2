import { z } from 'astro/zod';
import { day, draft, text } from './common.ts';

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
  })
  .superRefine((cycle, ctx) => {
    if (cycle.end < cycle.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], params: { code: 'cycle-dates' }, message: `the cycle ends before it starts (start is ${cycle.start}); expected an end on or after the start` });
    }
  });

export type CycleData = z.output<typeof cycleSchema>;
