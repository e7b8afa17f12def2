/**
 * What each chart draws, as plain data: prepared on the server, carried to
 * the browser as JSON, and shown as a table for readers without the canvas.
 */
import { daysBetween, type Day } from '../lib/dates.ts';
import type { KeyResultResult, Scorecard } from '../figures/index.ts';
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
  y: { format: 'number' | 'percent' | 'boolean'; unit?: string; min?: number; max?: number; /** (v2) The words of a boolean axis: not done, done. */ words?: [string, string] };
  series: ChartSeries[];
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

/** Confidence of every key result of a scorecard over the cycle. */
export function confidenceChart(card: Scorecard): ChartSpec {
  const last = daysBetween(card.cycle.start, card.cycle.end);
  const series: ChartSeries[] = card.objectives.flatMap((o) =>
    o.keyResults
      .filter((k) => k.history.some((h) => h.confidence !== null))
      .map((k) => ({
        label: k.keyResult.title,
        role: 'series' as const,
        points: k.history.filter((h) => h.confidence !== null).map((h): [number, number] => [daysBetween(card.cycle.start, h.date), h.confidence!]),
      })),
  );
  return { axis: 'day', start: card.cycle.start, length: last, y: { format: 'percent', min: 0, max: 1 }, series };
}

/** A team's score per cycle against the green band. */
export function teamScoreChart(cards: readonly Scorecard[], green: number, t: Translate = english): ChartSpec {
  return {
    axis: 'category',
    labels: cards.map((c) => c.cycle.name),
    y: { format: 'percent', min: 0, max: 1 },
    series: [
      { label: t('chart.score'), role: 'value', points: cards.map((c, i) => [i, c.score]) },
      { label: t('chart.greenFrom'), role: 'band', points: cards.map((_, i) => [i, green]) },
    ],
  };
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
