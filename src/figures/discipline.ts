/**
 * Check-in discipline of one team in one cycle: periods of the cadence due
 * and covered, missed period starts, the streak; leadership attendance by
 * windows of calendar months; action counts. scoring.md, "Check-in discipline".
 */
import { addDays, minDay, maxDay, monthStartAfter, daysBetween, type Day } from '../lib/dates.ts';
import type { CheckIn } from '../model/types.ts';

export interface Discipline {
  /** Periods that count: due (ended before the as-of date) or covered. */
  due: number;
  /** Periods that count and have a check-in. */
  covered: number;
  /** `covered / due`; null when nothing counts yet. */
  rate: number | null;
  /** First days of due periods with no check-in, oldest first. */
  missed: Day[];
  streak: number;
  /** The same over leadership windows: due or covered by a check-in with a leader present. */
  leadership: { due: number; covered: number; rate: number | null };
  actions: { total: number; linked: number; done: number };
}

/** A span of days, both ends inclusive. */
export interface Span {
  first: Day;
  last: Day;
}

/** The cadence periods of a cycle: `K = ceil(L / D)` spans of `D` days, the last clipped to the end. */
export function periodsOf(cycle: { start: Day; end: Day }, everyDays: number): Span[] {
  const length = daysBetween(cycle.start, cycle.end) + 1;
  const count = Math.ceil(length / everyDays);
  return Array.from({ length: count }, (_, k) => ({
    first: addDays(cycle.start, k * everyDays),
    last: minDay(addDays(cycle.start, (k + 1) * everyDays - 1), cycle.end),
  }));
}

/** Windows of `M` calendar months from the first of the start's month, clipped to the cycle. */
export function leadershipWindowsOf(cycle: { start: Day; end: Day }, everyMonths: number): Span[] {
  const windows: Span[] = [];
  const firstMonth = monthStartAfter(cycle.start, 0);
  for (let i = 0; ; i++) {
    const from = monthStartAfter(firstMonth, i * everyMonths);
    if (from > cycle.end) break;
    const to = addDays(monthStartAfter(firstMonth, (i + 1) * everyMonths), -1);
    windows.push({ first: maxDay(from, cycle.start), last: minDay(to, cycle.end) });
  }
  return windows;
}

const inside = (day: Day, span: Span) => span.first <= day && day <= span.last;

/**
 * Discipline of a team in a cycle from its check-ins there (those after the
 * as-of date are already left out of the model; they are ignored here too).
 */
export function disciplineOf(
  cycle: { start: Day; end: Day },
  checkIns: readonly CheckIn[],
  asOf: Day,
  settings: { everyDays: number; everyMonths: number },
): Discipline {
  const held = checkIns.filter((c) => c.date <= asOf && c.date >= cycle.start && c.date <= cycle.end);
  // A period counts when it is due (ended before A) or covered (scoring.md):
  // this week's check-in counts as soon as it is held, an empty week only once it is over.
  const counted = periodsOf(cycle, settings.everyDays)
    .map((span) => ({ span, due: span.last < asOf, covered: held.some((c) => inside(c.date, span)) }))
    .filter((p) => p.due || p.covered);
  const covered = counted.filter((p) => p.covered).length;
  let streak = 0;
  for (let i = counted.length - 1; i >= 0 && counted[i]!.covered; i--) streak++;

  // Leadership windows count the same way: a month with a leader present counts before it ends.
  const withLeaders = held.filter((c) => c.leadersPresent.length > 0);
  const windows = leadershipWindowsOf(cycle, settings.everyMonths)
    .map((span) => ({ due: span.last < asOf, covered: withLeaders.some((c) => inside(c.date, span)) }))
    .filter((w) => w.due || w.covered);
  const leadershipCovered = windows.filter((w) => w.covered).length;

  let total = 0;
  let linked = 0;
  let done = 0;
  for (const checkIn of held) {
    for (const action of checkIn.actions) {
      total++;
      if (action.kr !== undefined) linked++;
      if (action.status === 'done') done++;
    }
  }
  return {
    due: counted.length,
    covered,
    rate: counted.length > 0 ? covered / counted.length : null,
    missed: counted.filter((p) => !p.covered).map((p) => p.span.first),
    streak,
    leadership: { due: windows.length, covered: leadershipCovered, rate: windows.length > 0 ? leadershipCovered / windows.length : null },
    actions: { total, linked, done },
  };
}
