/**
 * A team's leadership timeline: every term's start and end and every
 * handover note, by day, so the team page can tell who backed the team when
 * and what each outgoing leader left behind.
 */
import type { Handover, Model, Team } from '../../model/types.ts';
import type { Leader } from '../../schemas/index.ts';

/** One day of the timeline: the terms that start or end on it, and its handover notes. */
export interface TimelineDay {
  /** `null` for the leaders who backed the team from the start (no `from`). */
  date: string | null;
  starts: Leader[];
  ends: Leader[];
  handovers: Handover[];
}

/** The leadership timeline of a team, oldest first (the leaders "from the start" before any date). */
export function leadershipTimeline(model: Model, team: Team): TimelineDay[] {
  const days = new Map<string | null, TimelineDay>();
  const day = (date: string | null) => {
    let found = days.get(date);
    if (!found) {
      found = { date, starts: [], ends: [], handovers: [] };
      days.set(date, found);
    }
    return found;
  };
  for (const leader of team.leadership) {
    day(leader.from ?? null).starts.push(leader);
    if (leader.until) day(leader.until).ends.push(leader);
  }
  for (const handover of model.handovers) if (handover.team === team.id) day(handover.date).handovers.push(handover);
  return [...days.values()].sort((a, b) => (a.date === null ? -1 : b.date === null ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
