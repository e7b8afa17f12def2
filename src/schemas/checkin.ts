import { z } from 'astro/zod';
import { confidential, day, draft, finiteNumber, slug, text, textList } from './common.ts';

/**
 * The fix for a confidence that is not a number from 0 to 1: a percentage
 * (`45`, `"45%"`) is told how to write that very number (`0.45`); anything
 * else gets the rule with an example.
 */
export function confidenceHint(input: unknown): string {
  const percent = typeof input === 'number' ? input : typeof input === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(input) ? Number.parseFloat(input) : Number.NaN;
  // From 2 up: 1.5 is as likely a slip as a percentage, and "write 1.5% as 0.015" would mislead.
  if (percent >= 2 && percent <= 100) {
    const shown = Number(percent.toPrecision(12));
    return `expected a number from 0 to 1 (write ${shown}% as ${Number((percent / 100).toPrecision(12))})`;
  }
  return 'expected a number from 0 to 1 (write 70% as 0.7)';
}

/** A new reading of one key result. */
export const updateSchema = z.strictObject({
  /** The key result's id (of this team and cycle). */
  kr: slug,
  /** A number; `true`/`false` for a milestone. */
  value: z.union([finiteNumber, z.boolean()], { error: 'expected a number, or true/false for a milestone' }),
  /** How likely the owner thinks the target is to be reached, 0 to 1. */
  // "45%" and 45 are the likely mistakes: the hint says how to write the very number given.
  confidence: z
    .number({ error: (issue) => confidenceHint(issue.input) })
    .min(0, { error: 'expected a number from 0 to 1' })
    .max(1, { error: (issue) => confidenceHint(issue.input) })
    .optional(),
  /** A short note. */
  note: text.optional(),
});

/** A reading of one of the team's health metrics. */
export const healthReadingSchema = z.strictObject({
  /** The health metric's id (of this check-in's team). */
  id: slug,
  /** The reading. */
  value: finiteNumber,
  /** A short note. */
  note: text.optional(),
});

/** Action plan statuses. */
export const actionStatuses = ['todo', 'doing', 'done'] as const;

/** One item of the action plan. */
export const actionSchema = z.strictObject({
  /** What will be done. */
  title: text,
  /** The key result this action moves. */
  kr: slug.optional(),
  /** Who does it. */
  owner: text.optional(),
  /** todo (default), doing or done. */
  status: z.enum(actionStatuses, { error: 'expected one of todo, doing, done' }).default('todo'),
});

/** `checkins/**`: one check-in meeting per file. The body holds the notes. */
export const checkInSchema = z.strictObject({
  /** The team that met. */
  team: slug,
  /** The day of the meeting. */
  date: day,
  /** The cycle; inferred from the date when omitted. */
  cycle: slug.optional(),
  /** Readings of the team's health metrics, one per metric. */
  health: z.array(healthReadingSchema, { error: 'expected a list of readings, each with `id` and `value`' }).default([]),
  /** Who attended. */
  attendees: textList.default([]),
  /** Leaders who attended; non-empty means leadership was there. */
  leaders_present: textList.default([]),
  /** Key-result readings. */
  updates: z.array(updateSchema, { error: 'expected a list of updates, each with `kr` and `value`' }).default([]),
  /** The action plan. */
  actions: z.array(actionSchema, { error: 'expected a list of actions, each with a `title`' }).default([]),
  /** What is in the way. */
  blockers: textList.default([]),
  /** Publish only with OKRBOOK_INCLUDE_CONFIDENTIAL=1. */
  confidential,
  /** Leave it out of the build. */
  draft,
});

export type CheckInData = z.output<typeof checkInSchema>;
export type UpdateData = z.output<typeof updateSchema>;
export type ActionData = z.output<typeof actionSchema>;
export type HealthReadingData = z.output<typeof healthReadingSchema>;
