/**
 * What score bars and the tables that hold them print: where a bar's fill
 * and pace tick end, whether a table has a grade column, and which cycle's
 * pace a table's legend explains.
 */
import type { ObjectiveResult, Scorecard } from '../../figures/index.ts';
import type { PageContext } from './context.ts';

/** A share in [0, 1] as a length on a bar 100 wide, to a tenth (below 0 is 0, above 1 is full). */
export function barLength(share: number): number {
  return Math.round(Math.min(Math.max(share, 0), 1) * 1000) / 10;
}

/** A score bar: the fill, the pace tick (when a pace is expected), and what it says to readers who do not see it. */
export interface ScoreBar {
  readonly width: number;
  readonly tick: number | null;
  readonly label: string;
  /** The number beside the bar. */
  readonly text: string;
}

/** The bar of `score` (none reads as 0), with the expected progress `expected` marked; `text` replaces the percentage beside it. */
export function scoreBar({ fmt, t }: Pick<PageContext, 'fmt' | 't'>, score: number | null, expected?: number, text?: string): ScoreBar {
  const said = text ?? fmt.percent(score);
  const tick = expected === undefined ? null : barLength(expected);
  return {
    width: barLength(score ?? 0),
    tick,
    label: tick === null ? said : t('common.expectedBy', { value: said, expected: fmt.percent(expected) }),
    text: said,
  };
}

/** A grade is the verdict of a closed cycle: a table has a grade column once one of its rows has one (scoring.md, Grade). */
export function hasGrades(rows: ReadonlyArray<Pick<Scorecard | ObjectiveResult, 'grade'>>): boolean {
  return rows.some((row) => row.grade !== null);
}

/** The expected progress of the first active cycle among the scorecards, which the table's pace legend explains; none when none is active. */
export function activePace(cards: ReadonlyArray<Pick<Scorecard, 'pace'>>): number | undefined {
  for (const card of cards) if (card.pace.state === 'active') return card.pace.expected;
  return undefined;
}
