/**
 * Where a cycle stands on the as-of date, and how a score reads against it:
 * state, elapsed days, expected progress, status (pace) and grade (band).
 * scoring.md, "Cycle state and expected pace" and "Key results".
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { SiteSettings } from '../schemas/index.ts';

export type CycleState = 'upcoming' | 'active' | 'closed';
/**
 * Status by the cycle's state (scoring.md): the pace words only in an
 * active cycle (`stale` for key results only), `done` or `ended` in a closed
 * one, `upcoming` before the start.
 */
export type Status = 'done' | 'on-track' | 'at-risk' | 'off-track' | 'stale' | 'ended' | 'upcoming';
/** The statuses a score has against the calendar while its cycle runs. */
export type PaceStatus = 'done' | 'on-track' | 'at-risk' | 'off-track';
export type Grade = 'green' | 'yellow' | 'red';
export type ObjectiveType = 'aspirational' | 'committed';
export type Grading = SiteSettings['grading'];

/**
 * Scores are ratios of decimals: `0.5 - 0.1` and `(4 - 0) / (10 - 0)` must
 * compare as the same number. Every threshold comparison allows this much
 * and no more (scoring.md: at most 1e-12), so that 0.9999999995 of a
 * target is not done: the noise of one decimal operation is near 1e-16.
 */
export const TOLERANCE = 1e-12;

/** `a >= b`, tolerating floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - TOLERANCE;
}

/** A cycle's days as scoring.md counts them. */
export interface CyclePace {
  state: CycleState;
  /** `L = E - S + 1`. */
  length: number;
  /** `e = clamp(A - S + 1, 0, L)`. */
  elapsed: number;
  /** `x = e / L`. */
  expected: number;
}

/** State, length, elapsed days and expected progress of a cycle at the as-of date. */
export function paceOf(cycle: { start: Day; end: Day }, asOf: Day): CyclePace {
  const length = daysBetween(cycle.start, cycle.end) + 1;
  const elapsed = Math.min(Math.max(daysBetween(cycle.start, asOf) + 1, 0), length);
  const state: CycleState = asOf < cycle.start ? 'upcoming' : asOf > cycle.end ? 'closed' : 'active';
  return { state, length, elapsed, expected: elapsed / length };
}

/** The expected progress `x` of a cycle on a given day. */
export function expectedOn(cycle: { start: Day; end: Day }, day: Day): number {
  return paceOf(cycle, day).expected;
}

/** Status (pace) of a score against expected progress `x`, as it reads while the cycle runs. */
export function statusOf(score: number, expected: number, grading: Grading): PaceStatus {
  if (atLeast(score, 1)) return 'done';
  if (atLeast(score, expected - grading.on_track_margin)) return 'on-track';
  if (atLeast(score, expected - grading.at_risk_margin)) return 'at-risk';
  return 'off-track';
}

/** Grade (band) of a score; committed objectives are green only at 1. */
export function gradeOf(score: number, type: ObjectiveType, grading: Grading): Grade {
  if (type === 'committed') {
    if (atLeast(score, 1)) return 'green';
    return atLeast(score, grading.green) ? 'yellow' : 'red';
  }
  if (atLeast(score, grading.green)) return 'green';
  return atLeast(score, grading.yellow) ? 'yellow' : 'red';
}

/**
 * Status of a score in its cycle's state (scoring.md, "Status"): the pace
 * in an active cycle, `stale` before pace for a stale key result that is not
 * done; `done` or `ended` once closed; `upcoming` before the start.
 */
export function statusIn(pace: Pick<CyclePace, 'state' | 'expected'>, score: number, grading: Grading, stale = false): Status {
  if (pace.state === 'upcoming') return 'upcoming';
  const done = atLeast(score, 1);
  if (pace.state === 'closed') return done ? 'done' : 'ended';
  if (stale && !done) return 'stale';
  return statusOf(score, pace.expected, grading);
}

/** Grade of a score in its cycle's state: none before the cycle starts (scoring.md, "Grade"). */
export function gradeIn(pace: Pick<CyclePace, 'state'>, score: number, type: ObjectiveType, grading: Grading): Grade | null {
  return pace.state === 'upcoming' ? null : gradeOf(score, type, grading);
}

/** Weighted mean of `value` over items with a `weight`; undefined for an empty list. */
export function weightedMean<T>(items: readonly T[], value: (item: T) => number, weight: (item: T) => number): number | undefined {
  let sum = 0;
  let total = 0;
  for (const item of items) {
    sum += value(item) * weight(item);
    total += weight(item);
  }
  return total > 0 ? sum / total : undefined;
}
