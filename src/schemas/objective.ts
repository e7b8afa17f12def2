import { z } from 'astro/zod';
import { confidential, day, draft, finiteNumber, MIN_SPAN, slug, text, textList, weight } from './common.ts';

/** How a key result is scored (scoring.md, Key results). */
export const keyResultKinds = ['metric', 'milestone', 'stay-above', 'stay-below'] as const;
export type KeyResultKind = (typeof keyResultKinds)[number];

/** One key result of an objective. */
export const keyResultSchema = z
  .strictObject({
    /** Unique within the team and cycle; check-in updates name it in `kr`. */
    id: slug,
    /** What is measured. */
    title: text,
    /** metric (default), milestone, stay-above or stay-below. */
    kind: z.enum(keyResultKinds, { error: 'expected one of metric, milestone, stay-above, stay-below' }).default('metric'),
    /** Where the number stood when the cycle began (metrics: required). */
    baseline: finiteNumber.optional(),
    /** Where it must land (metrics, stay-above, stay-below: required). */
    target: finiteNumber.optional(),
    /** Display unit; `%` prints as `99.17%`, anything else after the number. */
    unit: text.optional(),
    /** Who moves it. */
    owner: text.optional(),
    /** Weight in the objective's score. Default 1. */
    weight,
    /** Due date, for milestones. */
    due: day.optional(),
  })
  .superRefine((kr, ctx) => {
    if (kr.kind === 'metric' && kr.baseline === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseline'], params: { code: 'required' }, message: '`baseline` is required but missing: a metric needs a `baseline`: where the number stood when the cycle began' });
    }
    if (kr.kind !== 'milestone' && kr.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target'], params: { code: 'required' }, message: `\`target\` is required but missing: a ${kr.kind} key result needs a target; add \`target:\` with a number` });
    }
    if (kr.kind === 'metric' && kr.baseline !== undefined && kr.target === kr.baseline) {
      ctx.addIssue({ code: 'custom', path: ['target'], params: { code: 'target-equals-baseline' }, message: `the target equals the baseline (${kr.baseline}), so progress cannot be measured; set a target above the baseline to grow or below it to reduce, or use \`kind: stay-above\` / \`stay-below\` to hold a level` });
    }
    // Progress divides by the span: below MIN_SPAN the quotient of two bounded numbers could leave the finite doubles.
    else if (kr.kind === 'metric' && kr.baseline !== undefined && kr.target !== undefined && Math.abs(kr.target - kr.baseline) < MIN_SPAN) {
      ctx.addIssue({ code: 'custom', path: ['target'], params: { code: 'span-too-small' }, message: `the target is less than ${MIN_SPAN} from the baseline (${kr.baseline}), too close to measure progress; write both in a smaller unit (e.g. thousandths instead of units)` });
    }
  });

/** `okrs/**`: one objective per file. The body is its narrative. */
export const objectiveSchema = z.strictObject({
  /** The objective: qualitative and memorable. */
  title: text,
  /** The team that owns it. */
  team: slug,
  /** The cycle it belongs to. */
  cycle: slug,
  /** Who reports on it. */
  owner: text.optional(),
  /** Committed objectives are expected to reach 1.0. Default aspirational. */
  type: z.enum(['aspirational', 'committed'], { error: 'expected aspirational or committed' }).default('aspirational'),
  /** The objective this one contributes to (alignment), by id. */
  parent: z.string({ error: 'expected an objective id such as `2026-q3/company/grow-revenue`' }).min(1).optional(),
  /** The objective of an earlier cycle that this one continues, by id. */
  carried_from: z.string({ error: 'expected an objective id such as `2026-q3/sales/win-mid-market`' }).min(1).optional(),
  /** Health metrics of the team this objective sets out to bring back into range, by id. */
  addresses: z.array(slug, { error: 'expected a list of health metric ids of the team, e.g. `[months-of-cash]`' }).default([]),
  /** Why this matters this cycle. */
  why_now: text.optional(),
  /** Behaviours these OKRs should drive. */
  behaviors: textList.default([]),
  /** Weight in the team's score. Default 1. */
  weight,
  /** At least one key result. */
  key_results: z
    .array(keyResultSchema, { error: 'expected a list of key results, each starting with `- id:`' })
    .min(1, { error: 'an objective needs at least one key result: add a `key_results:` list with `id`, `title`, `baseline` and `target`' }),
  /** Publish only with OKRBOOK_INCLUDE_CONFIDENTIAL=1. */
  confidential,
  /** Leave it out of the build. */
  draft,
});

export type ObjectiveData = z.output<typeof objectiveSchema>;
export type KeyResultData = z.output<typeof keyResultSchema>;
