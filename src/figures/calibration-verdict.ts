/**
 * How to read one calibration bucket: a verdict the insights page and the
 * cycle review show next to the bucket's numbers. Not in scoring.md; defined
 * in docs/figures.md ("Reading the calibration").
 */
import type { CalibrationBucket } from './calibration.ts';
import { atLeast } from './pace.ts';

/** `too-few`: under VERDICT_MIN_COUNT key results; otherwise the hit rate against the mean confidence. */
export type CalibrationVerdict = 'too-few' | 'over-confident' | 'under-confident' | 'about-right';

/** How far the hit rate may sit from the mean confidence and still read "about right". */
export const VERDICT_MARGIN = 0.15;
/** Below this many key results a bucket is not read: one surprise moves its rate by a third or more. */
export const VERDICT_MIN_COUNT = 3;

/**
 * The verdict of a bucket, or null when it is empty. Over-confident when the
 * hit rate is more than VERDICT_MARGIN below the mean confidence,
 * under-confident when more than VERDICT_MARGIN above; a difference of
 * exactly the margin is about right (compared with the figures' tolerance).
 */
export function calibrationVerdict(bucket: Pick<CalibrationBucket, 'count' | 'meanConfidence' | 'hitRate'>): CalibrationVerdict | null {
  const { count, meanConfidence, hitRate } = bucket;
  if (count === 0 || meanConfidence === null || hitRate === null) return null;
  if (count < VERDICT_MIN_COUNT) return 'too-few';
  if (!atLeast(hitRate, meanConfidence - VERDICT_MARGIN)) return 'over-confident';
  if (!atLeast(meanConfidence + VERDICT_MARGIN, hitRate)) return 'under-confident';
  return 'about-right';
}
