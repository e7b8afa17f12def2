/**
 * One key result's figures: current value, progress, score, status, grade,
 * latest confidence, last update, measured and stale flags, and history.
 * scoring.md, "Key results".
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { CheckIn, KeyResult } from '../model/types.ts';
import { atLeast, gradeIn, statusIn, type CyclePace, type Grade, type Grading, type ObjectiveType, type Status } from './pace.ts';

/** One update of a key result, as its history lists it. */
export interface HistoryPoint {
  date: Day;
  value: number | boolean;
  confidence: number | null;
}

export interface KeyResultFigures {
  /** Value of the latest update on or before the as-of date. */
  current: number | boolean | null;
  /** Unclamped for metrics (an overshoot shows 1.12); equal to the score for other kinds. */
  progress: number;
  /** In [0, 1]. */
  score: number;
  /** By the cycle's state: `stale` only in an active cycle (never when done), `ended` in a closed one, `upcoming` before it. */
  status: Status;
  /** The verdict of a closed cycle; none (null) while the cycle is active or upcoming. */
  grade: Grade | null;
  /** Confidence of the latest update that gave one. */
  confidence: number | null;
  lastUpdate: Day | null;
  measured: boolean;
  /** In an active cycle, not done and not updated for longer than the cycle's `stale_after_days`. */
  stale: boolean;
  /** Oldest first. */
  history: HistoryPoint[];
}

/** The history of one key result from its team's check-ins in the cycle (oldest first). */
export function historyOf(krId: string, checkIns: readonly CheckIn[]): HistoryPoint[] {
  const history: HistoryPoint[] = [];
  for (const checkIn of checkIns) {
    for (const update of checkIn.updates) {
      if (update.kr === krId) history.push({ date: checkIn.date, value: update.value, confidence: update.confidence ?? null });
    }
  }
  return history;
}

/** The confidence of the latest update that gave one (scoring.md: "latest confidence"). */
export function latestConfidence(history: readonly HistoryPoint[]): number | null {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.confidence !== null) return history[i]!.confidence;
  }
  return null;
}

/** Progress `p` and score `s` of a key result at a value (none: never updated). */
export function scoreAt(kr: Pick<KeyResult, 'kind' | 'baseline' | 'target'>, value: number | boolean | null): { progress: number; score: number } {
  if (value === null) return { progress: 0, score: 0 };
  switch (kr.kind) {
    case 'metric': {
      const progress = ((value as number) - kr.baseline!) / (kr.target! - kr.baseline!);
      return { progress, score: Math.min(Math.max(progress, 0), 1) };
    }
    case 'milestone': {
      const score = value === true ? 1 : 0;
      return { progress: score, score };
    }
    case 'stay-above': {
      const score = (value as number) >= kr.target! ? 1 : 0;
      return { progress: score, score };
    }
    case 'stay-below': {
      const score = (value as number) <= kr.target! ? 1 : 0;
      return { progress: score, score };
    }
  }
}

/** Everything the settings say about key results. */
export interface KeyResultContext {
  pace: CyclePace;
  asOf: Day;
  type: ObjectiveType;
  grading: Grading;
  staleAfterDays: number;
}

/** The figures of a key result given its history (updates on or before the as-of date, oldest first). */
export function keyResultFigures(kr: KeyResult, history: HistoryPoint[], context: KeyResultContext): KeyResultFigures {
  const latest = history.at(-1);
  const current = latest ? latest.value : null;
  const { progress, score } = scoreAt(kr, current);
  const confidence = latestConfidence(history);
  const lastUpdate = latest ? latest.date : null;
  // A done key result is never stale: nothing is left to look at (scoring.md, "Stale").
  const stale =
    context.pace.state === 'active' &&
    !atLeast(score, 1) &&
    (lastUpdate !== null ? daysBetween(lastUpdate, context.asOf) > context.staleAfterDays : context.pace.elapsed > context.staleAfterDays);
  return {
    current,
    progress,
    score,
    status: statusIn(context.pace, score, context.grading, stale),
    grade: gradeIn(context.pace, score, context.type, context.grading),
    confidence,
    lastUpdate,
    measured: latest !== undefined,
    stale,
    history,
  };
}

/** Whether a final score is a hit for calibration: green (aspirational) or 1 (committed). */
export function isHit(score: number, type: ObjectiveType, grading: Grading): boolean {
  return type === 'committed' ? atLeast(score, 1) : atLeast(score, grading.green);
}
