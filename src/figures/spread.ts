/**
 * The spread of team scores per cycle: lowest, median and highest team score
 * and how many teams are green, for every cycle that has started. The cycle
 * in progress is marked so that charts can draw it as unfinished.
 */
import type { CycleState, Grade } from './pace.ts';

/** What the spread reads of a cycle's figures. */
export interface SpreadInput<C> {
  cycle: C;
  pace: { state: CycleState };
  scorecards: ReadonlyArray<{ score: number; grade: Grade | null }>;
}

/** One cycle's spread of team scores. */
export interface ScoreSpread<C> {
  cycle: C;
  teams: number;
  lowest: number;
  /** The middle score; with an even number of teams, the mean of the two middle ones. */
  median: number;
  highest: number;
  /** Teams whose grade is green. */
  inGreen: number;
  /** False while the cycle runs: its scores are still growing. */
  finished: boolean;
}

/** The median of numbers (not empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The spread of every cycle with teams that has started, in the given order. */
export function scoreSpread<C>(cycles: ReadonlyArray<SpreadInput<C>>): Array<ScoreSpread<C>> {
  return cycles
    .filter((c) => c.scorecards.length > 0 && c.pace.state !== 'upcoming')
    .map((c) => {
      const scores = c.scorecards.map((s) => s.score);
      return {
        cycle: c.cycle,
        teams: scores.length,
        lowest: Math.min(...scores),
        median: median(scores),
        highest: Math.max(...scores),
        inGreen: c.scorecards.filter((s) => s.grade === 'green').length,
        finished: c.pace.state === 'closed',
      };
    });
}
