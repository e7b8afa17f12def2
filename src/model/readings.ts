/**
 * The latest reading of each key result in a list of check-ins: the value
 * of its latest update and the confidence of its latest update that gave one.
 */
import type { Day } from '../lib/dates.ts';
import type { CheckIn } from './types.ts';

/** A key result's latest value and confidence. */
export interface Reading {
  value: number | boolean;
  /** The date of the latest update. */
  date: Day;
  confidence?: number;
}

/** Latest readings by key-result id, from check-ins in date order (oldest first). */
export function latestReadings(checkIns: readonly CheckIn[]): Map<string, Reading> {
  const readings = new Map<string, Reading>();
  for (const checkIn of checkIns) {
    for (const update of checkIn.updates) {
      const previous = readings.get(update.kr);
      const confidence = update.confidence ?? previous?.confidence;
      readings.set(update.kr, { value: update.value, date: checkIn.date, ...(confidence !== undefined ? { confidence } : {}) });
    }
  }
  return readings;
}
