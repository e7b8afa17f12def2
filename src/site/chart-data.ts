/**
 * What each chart draws, as plain data: prepared on the server, carried to
 * the browser as JSON, and shown as a table for readers without the canvas.
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { CalibrationBucket, CycleState, KeyResultResult, Scorecard, ScoreSpread } from '../figures/index.ts';
import { english, type Translate } from '../i18n/index.ts';

/** One line of a chart. */
export interface ChartSeries {
  label: string;
  /** value: the measured line; target and pace: reference lines; other: one of several series. */
  role: 'value' | 'target' | 'pace' | 'band' | 'series';
  /** [x, y]; x is days since `start` on a day axis, an index on a category axis. */
  points: Array<[number, number | null]>;
}

/** Everything the browser needs to draw one chart. */
export interface ChartSpec {
  axis: 'day' | 'category';
  /** First day of a day axis (x = 0). */
  start?: Day;
  /** Last x of a day axis. */
  length?: number;
  /** Labels of a category axis. */
  labels?: string[];
  /** How y values read: a plain number with a unit, a share 0..1, or done/not done. */
  y: { format: 'number' | 'percent' | 'boolean'; unit?: string; min?: number; max?: number; /** The words of a boolean axis: not done, done. */ words?: [string, string] };
  series: ChartSeries[];
  /** On a category axis, the first index that is not final (the cycle in progress): drawn hollow and dashed. */
  unfinishedFrom?: number;
}

/** A key result's values over time with its target and the expected-pace line. */
export function keyResultChart(k: KeyResultResult, cycle: { start: Day; end: Day }, t: Translate = english): ChartSpec {
  const last = daysBetween(cycle.start, cycle.end);
  const x = (day: Day) => daysBetween(cycle.start, day);
  const { keyResult } = k;
  if (keyResult.kind === 'milestone') {
    return {
      axis: 'day',
      start: cycle.start,
      length: last,
      y: { format: 'boolean', min: 0, max: 1, words: [t('value.notDone'), t('value.done')] },
      series: [{ label: t('value.done'), role: 'value', points: k.history.map((h) => [x(h.date), h.value === true ? 1 : 0]) }],
    };
  }
  const series: ChartSeries[] = [{ label: t('chart.value'), role: 'value', points: k.history.map((h) => [x(h.date), h.value as number]) }];
  series.push({ label: t('chart.target'), role: 'target', points: [[0, keyResult.target!], [last, keyResult.target!]] });
  if (keyResult.kind === 'metric') {
    series.push({ label: t('chart.pace'), role: 'pace', points: [[0, keyResult.baseline!], [last, keyResult.target!]] });
  }
  return { axis: 'day', start: cycle.start, length: last, y: { format: 'number', ...(keyResult.unit ? { unit: keyResult.unit } : {}) }, series };
}

/** The label of a cycle on a category axis: a cycle still running says so. */
function cycleLabel(name: string, state: CycleState, t: Translate): string {
  return state === 'active' ? t('chart.inProgress', { cycle: name }) : name;
}

/** The first index of cycles that are not final, if any. */
function unfinished(states: readonly CycleState[]): { unfinishedFrom?: number } {
  const index = states.findIndex((state) => state !== 'closed');
  return index === -1 ? {} : { unfinishedFrom: index };
}

/**
 * A team's score per cycle against the green band. Cycles that have not
 * started have no score and are left out; the cycle in progress is drawn as
 * unfinished, so its growing score does not read as a collapse.
 */
export function teamScoreChart(cards: readonly Scorecard[], green: number, t: Translate = english): ChartSpec {
  const started = cards.filter((c) => c.pace.state !== 'upcoming');
  return {
    axis: 'category',
    labels: started.map((c) => cycleLabel(c.cycle.name, c.pace.state, t)),
    y: { format: 'percent', min: 0, max: 1 },
    series: [
      { label: t('chart.score'), role: 'value', points: started.map((c, i) => [i, c.score]) },
      { label: t('chart.greenFrom'), role: 'band', points: started.map((_, i) => [i, green]) },
    ],
    ...unfinished(started.map((c) => c.pace.state)),
  };
}

/** Lowest, median and highest team score per cycle against the green band; the cycle in progress unfinished. */
export function spreadChart(spread: ReadonlyArray<ScoreSpread<{ name: string }>>, green: number, t: Translate = english): ChartSpec {
  return {
    axis: 'category',
    labels: spread.map((s) => cycleLabel(s.cycle.name, s.finished ? 'closed' : 'active', t)),
    y: { format: 'percent', min: 0, max: 1 },
    series: [
      { label: t('insights.highestTeam'), role: 'series', points: spread.map((s, i) => [i, s.highest]) },
      { label: t('insights.medianTeam'), role: 'value', points: spread.map((s, i) => [i, s.median]) },
      { label: t('insights.lowestTeam'), role: 'series', points: spread.map((s, i) => [i, s.lowest]) },
      { label: t('chart.greenFrom'), role: 'band', points: spread.map((_, i) => [i, green]) },
    ],
    ...unfinished(spread.map((s) => (s.finished ? 'closed' : 'active'))),
  };
}

/** Hit rate per confidence bucket against perfect calibration (the bucket's middle). */
export function calibrationChart(buckets: readonly CalibrationBucket[], bucketLabel: (b: CalibrationBucket) => string, t: Translate = english): ChartSpec {
  return {
    axis: 'category',
    labels: buckets.map(bucketLabel),
    y: { format: 'percent', min: 0, max: 1 },
    series: [
      { label: t('insights.hitRate'), role: 'value', points: buckets.map((b, i) => [i, b.hitRate]) },
      { label: t('insights.perfect'), role: 'pace', points: buckets.map((b, i) => [i, (b.from + b.to) / 2]) },
    ],
  };
}

/** One entry of a chart's legend, shown as HTML beside the canvas (and without JavaScript). */
export interface LegendItem {
  label: string;
  role: ChartSeries['role'];
  /** Position among the `series` lines, for their palette colour. */
  index: number;
}

/** The legend of a chart: one item per line, in drawing order (the order chart-render takes palette colours in). */
export function chartLegend(spec: ChartSpec): LegendItem[] {
  let next = 0;
  return spec.series.map((s) => ({ label: s.label, role: s.role, index: s.role === 'value' || s.role === 'series' ? next++ : 0 }));
}

/** A sparkline of confidences: SVG polyline points in a 100 x 20 box (0% at the bottom), oldest first. */
export function confidenceSparkline(history: ReadonlyArray<{ date: Day; confidence: number | null }>, cycle: { start: Day; end: Day }): string | null {
  const points = history.filter((h) => h.confidence !== null);
  if (points.length < 2) return null;
  const length = Math.max(daysBetween(cycle.start, cycle.end), 1);
  const round = (n: number) => Math.round(n * 10) / 10;
  return points.map((h) => `${round((daysBetween(cycle.start, h.date) / length) * 100)},${round(20 - Math.min(Math.max(h.confidence!, 0), 1) * 20)}`).join(' ');
}

/**
 * JSON safe inside `<script type="application/json">`: no content string can
 * close the script (`</script>`), open a comment, or break a line in old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
