/** How many coaching hints each team has in one cycle, for a table of teams (home page, cycle page). */
import type { PageContext } from './context.ts';

/** Hints per team id in a cycle (0 for a team without any). */
export function hintCountsOf({ model, coaching }: Pick<PageContext, 'model' | 'coaching'>, cycleId: string): ReadonlyMap<string, number> {
  return new Map(model.teams.map((team) => [team.id, coaching.of(team.id, cycleId).length]));
}
