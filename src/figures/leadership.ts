/** Which leadership items of a team overlap a period: the one test the team page and the coaching rules share. */
import type { Day } from '../lib/dates.ts';

/** A leadership item's term: open at either end when `from` or `until` is missing. */
export interface LeadershipTerm {
  from?: Day | undefined;
  until?: Day | undefined;
}

/** The items whose term overlaps `[start, end]` (both days inclusive), in the given order. */
export function leadersDuring<L extends LeadershipTerm>(leadership: readonly L[], period: { start: Day; end: Day }): L[] {
  return leadership.filter((l) => (!l.from || l.from <= period.end) && (!l.until || l.until >= period.start));
}
