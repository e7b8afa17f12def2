/**
 * The cycle review's data (scoring.md, "Cycle review"): how many teams
 * achieved green or missed for which reason, each team's verdict, and how
 * many key results the cycle's own calibration counts.
 */
import { RHYTHM_RATE, type CycleResult, type Scorecard } from '../../figures/index.ts';
import type { Text } from '../../i18n/index.ts';
import type { Formatter } from '../../lib/format.ts';
import type { PageContext } from './context.ts';

/** What the review page prints besides its body and each team's part. */
export interface ReviewPage {
  result: CycleResult;
  /** Teams by diagnosis (a cycle not started diagnoses none). */
  counts: { achieved: number; rhythm: number; strategy: number };
  /** Key results the cycle's calibration counts (0 when it has none yet). */
  sampled: number;
}

/** The review of the cycle `cycleId` (one of the model's). */
export function reviewPage({ figures }: Pick<PageContext, 'figures'>, cycleId: string): ReviewPage {
  const result = figures.cycle(cycleId)!;
  const counts = { achieved: 0, rhythm: 0, strategy: 0 };
  for (const card of result.scorecards) if (card.review.diagnosis !== 'upcoming') counts[card.review.diagnosis]++;
  return { result, counts, sampled: result.calibration?.reduce((sum, b) => sum + b.count, 0) ?? 0 };
}

/**
 * One team's verdict: the diagnosis in words, with the check-in rate where
 * it is the reason; "so far" while the cycle is active.
 */
export function reviewVerdict(card: Pick<Scorecard, 'review' | 'discipline' | 'pace'>, fmt: Pick<Formatter, 'percent'>): Text {
  const { review, discipline, pace } = card;
  const verdict: Text =
    review.diagnosis === 'upcoming' ? { key: 'review.verdict.upcoming', values: {} }
    : review.diagnosis === 'achieved' ? { key: 'review.verdict.achieved', values: {} }
    : review.diagnosis === 'strategy' ? { key: 'review.verdict.strategy', values: {} }
    : discipline.rate === null ? { key: 'review.verdict.noRhythm', values: {} }
    : { key: 'review.verdict.rhythm', values: { rate: fmt.percent(discipline.rate), threshold: fmt.percent(RHYTHM_RATE) } };
  return pace.state === 'active' && review.diagnosis !== 'upcoming' ? { key: 'review.soFar', values: { verdict } } : verdict;
}
