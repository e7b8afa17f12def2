/** The home page's data: the current cycle(s), each with its hint counts per team and its latest check-ins. */
import type { CycleResult } from '../../figures/index.ts';
import type { CheckIn } from '../../model/types.ts';
import { currentCycles } from '../current.ts';
import type { PageContext } from './context.ts';
import { hintCountsOf } from './hint-counts.ts';
import { breachedByTeam } from '../health.ts';

/** How many check-ins the home page lists per cycle. */
export const LATEST_CHECK_INS = 6;

/** One current cycle on the home page. */
export interface HomeCycle {
  readonly result: CycleResult;
  /** Hints per team id. */
  readonly hints: ReadonlyMap<string, number>;
  /** The latest check-ins of the cycle, newest first, each with its team's name. */
  readonly latest: ReadonlyArray<{ checkIn: CheckIn; teamName: string | undefined }>;
  /** Breached health metrics by team id, for the table of teams (src/site/health.ts). */
  readonly breached: ReadonlyMap<string, { count: string; metrics: string }>;
}

/** The cycles the home page is about, and what it shows of each. */
export function homePage(context: Pick<PageContext, 'model' | 'figures' | 'coaching' | 't'>): { readonly cycles: readonly HomeCycle[] } {
  const { model, figures } = context;
  return {
    cycles: currentCycles(figures).map((result) => ({
      result,
      hints: hintCountsOf(context, result.cycle.id),
      latest: model.checkIns
        .filter((checkIn) => checkIn.cycle === result.cycle.id)
        .slice(-LATEST_CHECK_INS)
        .reverse()
        .map((checkIn) => ({ checkIn, teamName: model.team(checkIn.team)?.name })),
      breached: breachedByTeam(result.scorecards, context.t),
    })),
  };
}
