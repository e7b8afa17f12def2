/** Which cycles the home page and the coaching report are about. */
import type { CycleResult, Figures } from '../figures/index.ts';

/** The active cycle(s) at the as-of date (with teams), else the latest closed one. */
export function currentCycles(figures: Figures): CycleResult[] {
  const withTeams = figures.cycles.filter((c) => c.scorecards.length > 0);
  const active = withTeams.filter((c) => c.pace.state === 'active');
  if (active.length > 0) return active;
  const closed = withTeams.filter((c) => c.pace.state === 'closed');
  const latest = closed.sort((a, b) => (a.cycle.end < b.cycle.end ? -1 : a.cycle.end > b.cycle.end ? 1 : 0)).at(-1);
  return latest ? [latest] : [];
}
