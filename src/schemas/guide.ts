import { z } from 'astro/zod';
import { draft, text } from './common.ts';

/** `guide/**`: the coaching handbook. */
export const guideSchema = z.strictObject({
  /** Page title. */
  title: text,
  /** One line shown in lists. */
  description: text.optional(),
  /** Position in the guide's navigation (then title). */
  order: z.number({ error: 'expected a number' }).optional(),
  /** Coaching rule ids this page explains. */
  rules: z.array(text, { error: 'expected a list of rule ids, e.g. `[kr-output]`' }).default([]),
  /** Leave it out of the build. */
  draft,
});

export type GuideData = z.output<typeof guideSchema>;
