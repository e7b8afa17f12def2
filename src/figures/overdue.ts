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

/** What picks the one cycle a team is named overdue in. */
export interface OverdueCandidate {
  team: string;
  cycle: string;
  /** The cycle's cadence `D`. */
  everyDays: number;
  /** The cycle's length `L` in days. */
  length: number;
  overdue: Overdue;
}

/**
 * A team is overdue once (scoring.md v3, "Overdue check-ins"): of the
 * candidates that are overdue, the first of each team in the order shortest
 * cadence, then shortest cycle, then cycle id. Returns their `team/cycle`
 * keys; every other candidate reads as not overdue.
 */
export function overdueOnce(candidates: readonly OverdueCandidate[]): Set<string> {
  const named = new Map<string, OverdueCandidate>();
  for (const c of candidates) {
    if (!c.overdue.overdue) continue;
    const best = named.get(c.team);
    if (!best || c.everyDays < best.everyDays || (c.everyDays === best.everyDays && (c.length < best.length || (c.length === best.length && c.cycle < best.cycle)))) {
      named.set(c.team, c);
    }
  }
  return new Set([...named.values()].map((c) => `${c.team}/${c.cycle}`));
}

/** Not overdue: what a scorecard says when the team is overdue in another cycle, or not at all. */
export const notOverdue = (): Overdue => ({ ...NOT_OVERDUE });
