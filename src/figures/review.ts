/**
 * The cycle review of one team: what the cycle's end says about it.
 * scoring.md, "Cycle review".
 */
import type { Objective } from '../model/types.ts';
import { calibrationBuckets, midCycleConfidence, midpointOf, type CalibrationBucket } from './calibration.ts';
import { isHit } from './key-result.ts';
import { atLeast, type CycleState, type Grade, type Grading, type ObjectiveType } from './pace.ts';

/**
 * `achieved`: the team grade is green; `rhythm`: it is not and the check-in
 * rate is below 0.75 or has no value; `strategy`: the rhythm was kept and the
 * targets were still missed; `upcoming`: the cycle has not started.
 */
export type Diagnosis = 'upcoming' | 'achieved' | 'rhythm' | 'strategy';

/** The check-in rate under which a missed cycle is put down to rhythm. */
export const RHYTHM_RATE = 0.75;

/** How many are green, yellow and red. */
export interface GradeCounts {
  green: number;
  yellow: number;
  red: number;
}

/** An objective of the reviewed team and cycle, and the one it continues or is continued by. */
export interface CarriedLink {
  objective: string;
  other: string;
}

export interface Review {
  diagnosis: Diagnosis;
  /** Committed objectives, and how many reached `s >= 1`. */
  committed: { total: number; hit: number };
  /** All 0 in an upcoming cycle, which has no grade. */
  grades: { objectives: GradeCounts; keyResults: GradeCounts };
  /** `from`: objectives here carried from an earlier one; `into`: objectives here that a later one carries on. */
  carried: { from: CarriedLink[]; into: CarriedLink[] };
}

/** What a review reads of a scorecard (a narrow shape, so tests can build it by hand). */
export interface ReviewInput {
  state: CycleState;
  /** The team grade (aspirational bands); null before the cycle starts. */
  grade: Grade | null;
  /** The check-in rate; null when nothing was due. */
  rate: number | null;
  objectives: ReadonlyArray<{
    objective: Pick<Objective, 'id' | 'type'>;
    score: number;
    grade: Grade | null;
    keyResults: ReadonlyArray<{ grade: Grade | null }>;
  }>;
}

/** The objective an objective was carried from (`carried_from`), or null. */
export function carriedFromOf(objective: Objective): string | null {
  return objective.carriedFrom ?? null;
}

/** Every objective's successors: for each id, the objectives whose `carried_from` names it, by id. */
export function carriedToIndex(objectives: readonly Objective[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const objective of objectives) {
    const from = carriedFromOf(objective);
    if (from === null) continue;
    const list = index.get(from);
    if (list) list.push(objective.id);
    else index.set(from, [objective.id]);
  }
  for (const list of index.values()) list.sort();
  return index;
}

const noGrades = (): GradeCounts => ({ green: 0, yellow: 0, red: 0 });

/** The diagnosis of scoring.md: upcoming, else achieved (green), else rhythm (rate < 0.75 or none), else strategy. */
export function diagnosisOf(state: CycleState, grade: Grade | null, rate: number | null): Diagnosis {
  if (state === 'upcoming') return 'upcoming';
  if (grade === 'green') return 'achieved';
  if (rate === null || !atLeast(rate, RHYTHM_RATE)) return 'rhythm';
  return 'strategy';
}

/** The review of one team in one cycle. `carriedTo` maps an objective id to the later objectives that carry it on. */
export function reviewOf(input: ReviewInput, carriedTo: ReadonlyMap<string, readonly string[]>, carriedFrom: (id: string) => string | null): Review {
  const objectives = noGrades();
  const keyResults = noGrades();
  let total = 0;
  let hit = 0;
  const from: CarriedLink[] = [];
  const into: CarriedLink[] = [];
  for (const o of input.objectives) {
    // An upcoming cycle has no grades: its counts stay 0.
    if (o.grade !== null) objectives[o.grade]++;
    for (const k of o.keyResults) if (k.grade !== null) keyResults[k.grade]++;
    if (o.objective.type === 'committed') {
      total++;
      if (input.state !== 'upcoming' && atLeast(o.score, 1)) hit++;
    }
    const earlier = carriedFrom(o.objective.id);
    if (earlier !== null) from.push({ objective: o.objective.id, other: earlier });
    for (const later of carriedTo.get(o.objective.id) ?? []) into.push({ objective: o.objective.id, other: later });
  }
  return {
    diagnosis: diagnosisOf(input.state, input.grade, input.rate),
    committed: { total, hit },
    grades: { objectives, keyResults },
    carried: { from, into },
  };
}

/** One verdict line per diagnosis, with the check-in rate where it is the reason. */
export function verdictOf(review: Pick<Review, 'diagnosis'>, state: CycleState, rate: number | null, percent: (value: number) => string): string {
  const soFar = state === 'active' ? 'So far: ' : '';
  switch (review.diagnosis) {
    case 'upcoming':
      return 'Not started: nothing to review yet.';
    case 'achieved':
      return `${soFar}Achieved: the team grade is green.`;
    case 'rhythm':
      return rate === null
        ? `${soFar}Missed without a rhythm: no check-in was due, so nothing showed the gap early.`
        : `${soFar}Missed with a broken rhythm: ${percent(rate)} of check-ins kept (below ${percent(RHYTHM_RATE)}), so the gap showed late.`;
    case 'strategy':
      return `${soFar}Missed with a steady rhythm: the bets, not the discipline.`;
  }
}

/** A key result as the calibration of one cycle reads it. */
export interface CalibratedKeyResult {
  type: ObjectiveType;
  score: number;
  history: ReadonlyArray<{ date: string; confidence: number | null }>;
}

/**
 * The calibration of one closed cycle alone (scoring.md, "Confidence
 * calibration", over its key results only); null for a cycle not closed.
 */
export function cycleCalibrationOf(cycle: { start: string; end: string }, state: CycleState, keyResults: readonly CalibratedKeyResult[], grading: Grading): CalibrationBucket[] | null {
  if (state !== 'closed') return null;
  const midpoint = midpointOf(cycle);
  const samples = keyResults.flatMap((k) => {
    const confidence = midCycleConfidence(k.history, midpoint);
    return confidence === null ? [] : [{ confidence, hit: isHit(k.score, k.type, grading) }];
  });
  return calibrationBuckets(samples);
}
