/** Which cycles the home page and the coaching report are about (figures.current), with their figures. */
import type { CycleResult, Figures } from '../figures/index.ts';

/** The active cycle(s) at the as-of date (with teams), else the latest closed one. */
export function currentCycles(figures: Figures): CycleResult[] {
  return figures.current.map((id) => figures.cycle(id)!);
}
