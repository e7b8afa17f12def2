/**
 * Overdue check-ins: the one question a scheduled CI job asks. scoring.md
 *, "Overdue check-ins".
 */
import type { Day } from '../lib/dates.ts';
import type { CheckIn } from '../model/types.ts';
import { periodsOf, type Span } from './discipline.ts';
import type { CycleState } from './pace.ts';

/** Whether a team is overdue in a cycle, and since which period. */
export interface Overdue {
  overdue: boolean;
  /** First day of the latest due period that was not covered; null when not overdue. */
  since: Day | null;
}

const NOT_OVERDUE: Overdue = { overdue: false, since: null };

/**
 * A team with objectives in an active cycle is overdue when the latest period
 * whose last day is before the as-of date is not covered, and the period that
 * contains the as-of date is not covered either: a team that met this period
 * is not overdue, even if it missed the last one.
 */
export function overdueOf(
  cycle: { start: Day; end: Day },
  state: CycleState,
  checkIns: readonly Pick<CheckIn, 'date'>[],
  asOf: Day,
  everyDays: number,
): Overdue {
  if (state !== 'active') return NOT_OVERDUE;
  const periods = periodsOf(cycle, everyDays);
  const current = periods.findIndex((p) => p.first <= asOf && asOf <= p.last);
  // In the first period nothing has fallen due yet.
  if (current <= 0) return NOT_OVERDUE;
  const previous = periods[current - 1]!;
  const held = checkIns.filter((c) => c.date <= asOf);
  const covered = (span: Span) => held.some((c) => span.first <= c.date && c.date <= span.last);
  if (covered(previous) || covered(periods[current]!)) return NOT_OVERDUE;
  return { overdue: true, since: previous.first };
}
