/** The insights page's data: confidence calibration over closed cycles with a reading per bucket, and the spread of team scores per cycle. */
import { calibrationVerdict, scoreSpread, type Calibration, type CalibrationBucket, type CalibrationVerdict, type ScoreSpread } from '../../figures/index.ts';
import type { Cycle, GuidePage } from '../../model/types.ts';
import type { UiKey } from '../../i18n/index.ts';
import { calibrationChart, spreadChart, type ChartSpec } from '../chart-data.ts';
import type { PageContext } from './context.ts';

/** The interface string that reads each calibration verdict. */
const VERDICT_WORDS: Record<CalibrationVerdict, UiKey> = { 'too-few': 'insights.tooFew', 'over-confident': 'insights.over', 'under-confident': 'insights.under', 'about-right': 'insights.right' };

/** What the insights page shows. */
export interface InsightsPage {
  readonly calibration: Calibration;
  /** Each bucket with the key of its reading (none when the figures give no verdict). */
  readonly buckets: ReadonlyArray<{ bucket: CalibrationBucket; reading: UiKey | null }>;
  /** Fewer than three buckets hold a key result: the page says the reading is thin. */
  readonly fewBuckets: boolean;
  /** The names of the closed cycles counted. */
  readonly cyclesCounted: readonly string[];
  readonly calibrationChart: ChartSpec;
  /** The guide page about confidence (the one that explains `kr-no-confidence`), when the handbook has it. */
  readonly confidenceGuide: GuidePage | undefined;
  readonly green: number;
  readonly spread: ReadonlyArray<ScoreSpread<Cycle>>;
  /** Some cycle of the spread is not finished yet. */
  readonly spreadInProgress: boolean;
  readonly spreadChart: ChartSpec;
}

/** Everything the insights page prints. */
export function insightsPage({ model, figures, fmt, t }: Pick<PageContext, 'model' | 'figures' | 'fmt' | 't'>): InsightsPage {
  const { calibration } = figures;
  const green = model.settings.grading.green;
  const spread = scoreSpread(figures.cycles);
  return {
    calibration,
    buckets: calibration.buckets.map((bucket) => {
      const verdict = calibrationVerdict(bucket);
      return { bucket, reading: verdict ? VERDICT_WORDS[verdict] : null };
    }),
    fewBuckets: calibration.buckets.filter((b) => b.count > 0).length < 3,
    cyclesCounted: calibration.cycles.map((id) => model.cycle(id)?.name ?? ''),
    calibrationChart: calibrationChart(calibration.buckets, (b) => `${fmt.percent(b.from)}–${fmt.percent(b.to)}`, t),
    confidenceGuide: model.guide.find((page) => page.rules.includes('kr-no-confidence')),
    green,
    spread,
    spreadInProgress: spread.some((s) => !s.finished),
    spreadChart: spreadChart(spread, green, t),
  };
}
