/**
 * What a key result's charts print: the small multiples of an objective's
 * measured key results (KeyResultCharts.astro), and the confidence sparkline
 * beside a key result (ConfidenceSpark.astro).
 */
import type { KeyResultResult, ObjectiveResult } from '../../figures/index.ts';
import type { Day } from '../../lib/dates.ts';
import { confidenceSparkline, keyResultChart, type ChartSpec } from '../chart-data.ts';
import type { PageContext } from './context.ts';

/** One key result's chart, its words, and the values its table lists. */
export interface KeyResultChart {
  readonly result: KeyResultResult;
  readonly spec: ChartSpec;
  /** The latest value and its date, then the target or the metric's pace line. */
  readonly caption: string;
  /** The chart's accessible name. */
  readonly label: string;
  /** The name of the table of values. */
  readonly valuesLabel: string;
}

/** A chart for each key result of the objective that has a measured value, in the objective's order. */
export function keyResultCharts({ model, t, fmt }: Pick<PageContext, 'model' | 't' | 'fmt'>, result: ObjectiveResult): ReadonlyArray<KeyResultChart> {
  const cycle = model.cycle(result.objective.cycle)!;
  return result.keyResults
    .filter((k) => k.measured)
    .map((k) => {
      const kr = k.keyResult;
      const reference = kr.kind === 'metric'
        ? t('kr.chartMetric', { target: t.value(kr.target, kr.unit) })
        : kr.target !== undefined ? t('kr.chartTarget', { target: t.value(kr.target, kr.unit) }) : '';
      return {
        result: k,
        spec: keyResultChart(k, cycle, t),
        caption: `${t('kr.chartCaption', { kr: kr.title, value: t.value(k.current, kr.unit), date: fmt.date(k.lastUpdate!) })}${reference}`,
        label: t('kr.chartLabel', { kr: kr.title, cycle: cycle.name }),
        valuesLabel: t('kr.values', { kr: kr.title }),
      };
    });
}

/** A key result's confidence: the latest in words, and the sparkline of every confidence given, said as a trend. */
export interface ConfidenceSpark {
  /** The latest confidence, as a percentage. */
  readonly confidence: string;
  /** The sparkline's `points`, or null when there is nothing to draw. */
  readonly points: string | null;
  /** Every confidence given, by date, for the sparkline's accessible name. */
  readonly trend: string;
}

/** The confidence sparkline of a key result over its cycle. */
export function confidenceSpark({ fmt }: Pick<PageContext, 'fmt'>, result: KeyResultResult, cycle: { start: Day; end: Day }): ConfidenceSpark {
  return {
    confidence: fmt.percent(result.confidence),
    points: confidenceSparkline(result.history, cycle),
    trend: result.history
      .filter((h) => h.confidence !== null)
      .map((h) => `${fmt.shortDate(h.date)} ${fmt.percent(h.confidence)}`)
      .join(', '),
  };
}
