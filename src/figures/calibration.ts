/**
 * Confidence calibration over closed cycles: did key results land about as
 * often as their owners said they would? scoring.md, "Confidence calibration".
 */
import { addDays, daysBetween, type Day } from '../lib/dates.ts';

/** One key result of a closed cycle with a confidence given by mid-cycle. */
export interface CalibrationSample {
  confidence: number;
  hit: boolean;
}

export interface CalibrationBucket {
  /** Lower bound, inclusive. */
  from: number;
  /** Upper bound: exclusive, but for the last bucket, which includes 1. */
  to: number;
  count: number;
  /** Mean confidence of the bucket; null when empty. */
  meanConfidence: number | null;
  /** Share of hits; null when empty. */
  hitRate: number | null;
}

/** The midpoint `S + floor((L - 1) / 2)` of a cycle. */
export function midpointOf(cycle: { start: Day; end: Day }): Day {
  const length = daysBetween(cycle.start, cycle.end) + 1;
  return addDays(cycle.start, Math.floor((length - 1) / 2));
}

/** The latest confidence given on or before the midpoint, from a history oldest first. */
export function midCycleConfidence(history: ReadonlyArray<{ date: Day; confidence: number | null }>, midpoint: Day): number | null {
  let confidence: number | null = null;
  for (const point of history) {
    if (point.date > midpoint) break;
    if (point.confidence !== null) confidence = point.confidence;
  }
  return confidence;
}

const EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Buckets `[0,0.2) [0.2,0.4) [0.4,0.6) [0.6,0.8) [0.8,1]` with count, mean confidence and hit rate. */
export function calibrationBuckets(samples: readonly CalibrationSample[]): CalibrationBucket[] {
  return EDGES.slice(0, -1).map((from, i) => {
    const to = EDGES[i + 1]!;
    const last = i === EDGES.length - 2;
    const inBucket = samples.filter((s) => s.confidence >= from && (last ? s.confidence <= to : s.confidence < to));
    const count = inBucket.length;
    return {
      from,
      to,
      count,
      meanConfidence: count ? inBucket.reduce((sum, s) => sum + s.confidence, 0) / count : null,
      hitRate: count ? inBucket.filter((s) => s.hit).length / count : null,
    };
  });
}
