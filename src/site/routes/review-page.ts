/**
 * The cycle review's data (scoring.md, "Cycle review"): how many teams
 * achieved green or missed for which reason, each team's verdict, and how
 * many key results the cycle's own calibration counts.
 */
import { type CycleResult, type Scorecard } from '../../figures/index.ts';
import { verdictOf } from '../../figures/review.ts';
import type { Text } from '../../i18n/index.ts';
import type { Formatter } from '../../lib/format.ts';
import type { PageContext } from './context.ts';
import { reviewBreaches } from '../health.ts';

/** What the review page prints besides its body and each team's part. */
export interface ReviewPage {
  readonly result: CycleResult;
  /** Teams by diagnosis (a cycle not started diagnoses none). */
  readonly counts: { achieved: number; rhythm: number; strategy: number };
  /** Key results the cycle's calibration counts (0 when it has none yet). */
  readonly sampled: number;
  /** How many health metrics of the teams were breached, in words; none before the cycle starts or when no team keeps any. */
  readonly breaches: string | null;
}

/** The review of the cycle `cycleId` (one of the model's). */
export function reviewPage({ figures, t }: Pick<PageContext, 'figures' | 't'>, cycleId: string): ReviewPage {
  const result = figures.cycle(cycleId)!;
  const counts = { achieved: 0, rhythm: 0, strategy: 0 };
  for (const card of result.scorecards) {
    const diagnosis = card.review.diagnosis;
    if (diagnosis === 'achieved' || diagnosis === 'rhythm' || diagnosis === 'strategy') counts[diagnosis]++;
  }
  const { state } = result.pace;
  return {
    result,
    counts,
    sampled: result.calibration?.reduce((sum, b) => sum + b.count, 0) ?? 0,
    breaches: state === 'upcoming' ? null : reviewBreaches(result.scorecards.map((card) => card.health), state === 'closed', t),
  };
}

/**
 * One team's verdict (src/figures/review.ts): the diagnosis in words, with the
 * check-in rate where it is the reason; before the cycle closes no verdict,
 * only a line that says so.
 */
export function reviewVerdict(card: Pick<Scorecard, 'review' | 'discipline'>, fmt: Pick<Formatter, 'percent'>): Text {
  return verdictOf(card.review, card.discipline.rate, fmt.percent);
}
