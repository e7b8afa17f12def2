/**
 * (v3) Page data for health metrics: what the team page and the scorecard of
 * an active cycle print for each metric (reading, state in words and shape,
 * since when, the healthy range, a small chart of the readings with the
 * bounds drawn, and the same readings as a table), and the one-line summary
 * of breached metrics beside a team's status. Pure: figures in, props out.
 */
import { stateOfValue, type HealthFigures, type HealthState } from '../figures/health.ts';
import { dayNumber } from '../lib/dates.ts';
import { objectiveHref } from '../lib/paths.ts';
import type { Figures, Scorecard } from '../figures/index.ts';
import type { Formatter } from '../lib/format.ts';
import type { Objective } from '../model/types.ts';
import type { UiKey, Values } from '../i18n/index.ts';

type Say = (key: UiKey, values?: Values) => string;

/** Shapes beside the words, never colour alone: a tick, a warning triangle, an open circle. */
export const HEALTH_ICONS: Record<HealthState, string> = { healthy: '✓', breached: '▲', unknown: '○' };

/** A point of the chart, in the SVG's own units. */
export interface HealthChartPoint {
  x: number;
  y: number;
  state: Exclude<HealthState, 'unknown'>;
  /** For the point's tooltip: `12 May 2026: 66%`. */
  title: string;
}

/** A small server-rendered chart: readings over time, the healthy range shaded, each bound a dashed line. */
export interface HealthChart {
  width: number;
  height: number;
  /** `x,y x,y ...` of the line through the readings. */
  line: string;
  points: HealthChartPoint[];
  /** The healthy range as a band (y of its top and its height). */
  band: { y: number; height: number };
  /** The y of each bound that is set, with its label. */
  bounds: Array<{ y: number; label: string }>;
  /** First and last reading's dates, under the chart. */
  from: string;
  to: string;
}

export interface HealthRow {
  id: string;
  title: string;
  /** The latest reading with its unit, or a dash. */
  value: string;
  state: HealthState;
  stateWord: string;
  icon: string;
  /** `since 8 May 2026`, or null when unknown. */
  since: string | null;
  /** `last read 13 May 2026`, or null. */
  lastReading: string | null;
  /** The healthy range in words. */
  bounds: string;
  /** Objectives (of the cycles given) that set out to bring it back. */
  addressedBy: Array<{ title: string; href: string }>;
  chart: HealthChart | null;
  chartLabel: string;
  tableCaption: string;
  /** The readings, newest first, for the table under the chart. */
  table: Array<{ date: string; value: string; state: string; note: string }>;
}

export interface HealthContext {
  fmt: Pick<Formatter, 'value' | 'date' | 'shortDate'>;
  t: Say;
  /** Objectives whose `addresses` count (those of the active cycles), with their links. */
  objectives: readonly Pick<Objective, 'id' | 'title' | 'addresses'>[];
  objectiveHref: (id: string) => string;
}

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 6;

/** Each metric as the team page and the scorecard print it, in the team's order. */
export function healthRows(health: readonly HealthFigures[], context: HealthContext): HealthRow[] {
  const { fmt, t } = context;
  return health.map((h) => {
    const { metric } = h;
    const bounds =
      metric.above !== undefined && metric.below !== undefined
        ? t('health.bounds.both', { above: fmt.value(metric.above, metric.unit), below: fmt.value(metric.below, metric.unit) })
        : metric.above !== undefined
          ? t('health.bounds.above', { above: fmt.value(metric.above, metric.unit) })
          : t('health.bounds.below', { below: fmt.value(metric.below!, metric.unit) });
    const stateOf = (value: number) => stateOfValue(metric, value);
    return {
      id: metric.id,
      title: metric.title,
      value: h.value === null ? '–' : fmt.value(h.value, metric.unit),
      state: h.state,
      stateWord: t(`health.state.${h.state}`),
      icon: HEALTH_ICONS[h.state],
      since: h.since ? t('health.since', { date: fmt.date(h.since) }) : null,
      lastReading: h.lastReading ? t('health.lastReading', { date: fmt.date(h.lastReading) }) : null,
      bounds,
      addressedBy: context.objectives.filter((o) => o.addresses.includes(metric.id)).map((o) => ({ title: o.title, href: context.objectiveHref(o.id) })),
      chart: chartOf(h, fmt, stateOf),
      chartLabel: t('health.chartLabel', { metric: metric.title }),
      tableCaption: t('health.tableCaption', { metric: metric.title }),
      table: [...h.readings].reverse().map((r) => ({ date: fmt.date(r.date), value: fmt.value(r.value, metric.unit), state: t(`health.state.${stateOf(r.value)}`), note: r.note ?? '' })),
    };
  });
}

/** The chart's geometry: time across (by calendar day), value up, the range padded to show both bounds. */
function chartOf(h: HealthFigures, fmt: HealthContext['fmt'], stateOf: (value: number) => Exclude<HealthState, 'unknown'>): HealthChart | null {
  const { readings, metric } = h;
  if (readings.length === 0) return null;
  const values = readings.map((r) => r.value);
  const limits = [metric.above, metric.below].filter((b): b is number => b !== undefined);
  // Loops, not Math.min(...spread): 10,000 readings must not overflow the argument list.
  let low = Infinity;
  let high = -Infinity;
  for (const v of [...values, ...limits]) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const span = high - low || Math.abs(high) || 1;
  low -= span * 0.15;
  high += span * 0.15;
  const first = dayNumber(readings[0]!.date);
  const days = dayNumber(readings.at(-1)!.date) - first;
  const x = (date: string) => (days === 0 ? WIDTH / 2 : PAD + ((dayNumber(date) - first) / days) * (WIDTH - 2 * PAD));
  const y = (value: number) => round(PAD + ((high - value) / (high - low)) * (HEIGHT - 2 * PAD));
  const points = readings.map((r) => ({ x: round(x(r.date)), y: y(r.value), state: stateOf(r.value), title: `${fmt.date(r.date)}: ${fmt.value(r.value, metric.unit)}` }));
  const top = metric.below !== undefined ? y(metric.below) : 0;
  const bottom = metric.above !== undefined ? y(metric.above) : HEIGHT;
  return {
    width: WIDTH,
    height: HEIGHT,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    points,
    band: { y: top, height: round(bottom - top) },
    bounds: [
      ...(metric.above !== undefined ? [{ y: y(metric.above), label: fmt.value(metric.above, metric.unit) }] : []),
      ...(metric.below !== undefined ? [{ y: y(metric.below), label: fmt.value(metric.below, metric.unit) }] : []),
    ],
    from: fmt.shortDate(readings[0]!.date),
    to: fmt.shortDate(readings.at(-1)!.date),
  };
}

/** What the route-level helpers read: the figures, number formats and words. */
export interface HealthPageContext {
  figures: Pick<Figures, 'health' | 'scorecardsOf'>;
  fmt: HealthContext['fmt'];
  t: Say;
}

/** The objectives of a team's active cycles: those whose `addresses` the pages show. */
function activeObjectives(figures: HealthPageContext['figures'], team: string) {
  return figures.scorecardsOf(team).filter((card) => card.pace.state === 'active').flatMap((card) => card.objectives.map((o) => o.objective));
}

/** The team page's health section: every metric at the as-of date. */
export function teamHealthRows(team: string, { figures, fmt, t }: HealthPageContext): HealthRow[] {
  return healthRows(figures.health(team), { fmt, t, objectives: activeObjectives(figures, team), objectiveHref });
}

/** A scorecard's health section: shown on the scorecards of active cycles only (scoring.md). */
export function scorecardHealthRows(card: Pick<Scorecard, 'team' | 'pace' | 'health'>, { figures, fmt, t }: HealthPageContext): HealthRow[] {
  if (card.pace.state !== 'active') return [];
  return healthRows(card.health, { fmt, t, objectives: activeObjectives(figures, card.team.id), objectiveHref });
}

/** The breached metrics of a team in a line beside its status, or null when none is breached. */
export function breachedSummary(health: readonly HealthFigures[], t: Say): { count: string; metrics: string } | null {
  const breached = health.filter((h) => h.state === 'breached');
  if (breached.length === 0) return null;
  return { count: t('health.breachedCount', { count: breached.length }), metrics: breached.map((h) => h.metric.title).join(', ') };
}

/** How many metrics of the cycle's teams were breached (at the cycle's end once it closed), for the review. */
export function reviewBreaches(healthOfTeams: ReadonlyArray<readonly HealthFigures[]>, closed: boolean, t: Say): string | null {
  const metrics = healthOfTeams.reduce((sum, health) => sum + health.length, 0);
  if (metrics === 0) return null;
  const count = healthOfTeams.reduce((sum, health) => sum + health.filter((h) => h.state === 'breached').length, 0);
  if (count === 0) return closed ? t('health.reviewNone') : null;
  return closed ? t('health.reviewBreaches', { count }) : t('health.breachedCount', { count });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Breached metrics beside each team's status on the home and cycle pages, by team id (teams with none left out). */
export function breachedByTeam(scorecards: readonly Pick<Scorecard, 'team' | 'health'>[], t: Say): Map<string, { count: string; metrics: string }> {
  const byTeam = new Map<string, { count: string; metrics: string }>();
  for (const card of scorecards) {
    const summary = breachedSummary(card.health, t);
    if (summary) byTeam.set(card.team.id, summary);
  }
  return byTeam;
}
