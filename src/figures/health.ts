/**
 * Health metrics (scoring.md, "Health metrics"): the numbers a team keeps
 * healthy beside its OKRs. A metric belongs to the team, not to a cycle, so
 * its readings run across cycles. Never part of a score.
 *
 * Pure and linear in the number of readings; `healthOf` takes the as-of date
 * as an argument so that the same readings can be read at two dates (the
 * weekly digest compares D0 with D1).
 */
import type { Day } from '../lib/dates.ts';
import type { CheckIn, HealthMetric } from '../model/types.ts';

export type HealthState = 'healthy' | 'breached' | 'unknown';

/** One reading of a metric, where it was taken. */
export interface HealthPoint {
  date: Day;
  value: number;
  note?: string;
  /** The id of the check-in that holds it. */
  checkIn: string;
}

/** One metric at one as-of date. */
export interface HealthFigures {
  metric: HealthMetric;
  /** The latest reading's value on or before the as-of date; null with none. */
  value: number | null;
  state: HealthState;
  /** First reading of the current unbroken run of `state`; null when unknown. */
  since: Day | null;
  /** Date of the latest reading on or before the as-of date; null with none. */
  lastReading: Day | null;
  /** State at the reading before the latest (null with fewer than two): a change of state is `previous !== state`. */
  previous: Exclude<HealthState, 'unknown'> | null;
  /** The readings on or before the as-of date, oldest first (for the chart). */
  readings: HealthPoint[];
}

/** Healthy when inside the bounds: `>= above` where set, `<= below` where set. */
export function stateOfValue(metric: Pick<HealthMetric, 'above' | 'below'>, value: number): Exclude<HealthState, 'unknown'> {
  if (metric.above !== undefined && value < metric.above) return 'breached';
  if (metric.below !== undefined && value > metric.below) return 'breached';
  return 'healthy';
}

/**
 * Every reading of each of a team's metrics, oldest first, from check-ins in
 * any order (one pass, then a sort per metric: a team has one check-in a day).
 */
export function readingsOf(team: string, checkIns: readonly CheckIn[]): Map<string, HealthPoint[]> {
  const byMetric = new Map<string, HealthPoint[]>();
  for (const checkIn of checkIns) {
    if (checkIn.team !== team) continue;
    for (const reading of checkIn.health) {
      const point: HealthPoint = { date: checkIn.date, value: reading.value, ...(reading.note !== undefined ? { note: reading.note } : {}), checkIn: checkIn.id };
      const list = byMetric.get(reading.id);
      if (list) list.push(point);
      else byMetric.set(reading.id, [point]);
    }
  }
  for (const list of byMetric.values()) {
    if (!isSorted(list)) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return byMetric;
}

/**
 * One metric as of `asOf`, from its readings oldest first. Readings after
 * `asOf` are left out (like their check-ins). Walks back from the latest
 * reading while the state holds: `since` is where that run began.
 */
export function healthOf(metric: HealthMetric, readings: readonly HealthPoint[], asOf: Day): HealthFigures {
  let end = readings.length;
  while (end > 0 && readings[end - 1]!.date > asOf) end--;
  const upTo = end === readings.length ? readings.slice() : readings.slice(0, end);
  const latest = upTo.at(-1);
  if (!latest) return { metric, value: null, state: 'unknown', since: null, lastReading: null, previous: null, readings: upTo };
  const state = stateOfValue(metric, latest.value);
  let first = upTo.length - 1;
  while (first > 0 && stateOfValue(metric, upTo[first - 1]!.value) === state) first--;
  const before = upTo.at(-2);
  return {
    metric,
    value: latest.value,
    state,
    since: upTo[first]!.date,
    lastReading: latest.date,
    previous: before ? stateOfValue(metric, before.value) : null,
    readings: upTo,
  };
}

/** Whether the latest two readings on or before the as-of date are both breached (`health-breached`). */
export function breachedTwice(health: Pick<HealthFigures, 'state' | 'previous'>): boolean {
  return health.state === 'breached' && health.previous === 'breached';
}

/** Every metric of a team as of `asOf`, in the order the team lists them. */
export function teamHealthOf(metrics: readonly HealthMetric[], readings: ReadonlyMap<string, readonly HealthPoint[]>, asOf: Day): HealthFigures[] {
  return metrics.map((metric) => healthOf(metric, readings.get(metric.id) ?? [], asOf));
}

/** A reading that changed a metric's state: the feed and the digest mention it. */
export interface HealthChange {
  metric: HealthMetric;
  /** The state before this reading; `unknown` for a first reading. */
  from: HealthState;
  to: Exclude<HealthState, 'unknown'>;
  value: number;
  date: Day;
  checkIn: string;
}

/**
 * The readings that changed a metric's state, oldest first: every change
 * between healthy and breached, and a first reading that is breached (a
 * first healthy reading is no news).
 */
export function stateChanges(metric: HealthMetric, readings: readonly HealthPoint[]): HealthChange[] {
  const changes: HealthChange[] = [];
  let from: HealthState = 'unknown';
  for (const reading of readings) {
    const to = stateOfValue(metric, reading.value);
    if (to !== from && !(from === 'unknown' && to === 'healthy')) changes.push({ metric, from, to, value: reading.value, date: reading.date, checkIn: reading.checkIn });
    from = to;
  }
  return changes;
}

function isSorted(list: readonly HealthPoint[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.date > list[i]!.date) return false;
  return true;
}
